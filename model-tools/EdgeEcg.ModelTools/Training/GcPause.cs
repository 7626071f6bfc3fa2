using System;
using System.Runtime;

namespace EdgeEcg.ModelTools.Training;

/// <summary>
/// Holds off garbage collection while TorchSharp works, as a guard for the scalars it makes inside its own code.
/// TorchSharp 0.107 turns C# numbers into native scalars implicitly (in its optimisers: <c>mul_(beta1)</c>,
/// <c>add_(grad, alpha: 1 - beta1)</c>, ...) and passes only their handles to libtorch; a garbage collection during that
/// call can queue the unreachable scalar for finalisation, which frees it while libtorch still reads it (two failures
/// seen: "toFloat" and "alpha must not be a floating point number"). Our own code passes scalars explicitly
/// (<see cref="TorchScalars"/>); this covers the library's. Inside a no-GC region nothing becomes finalisable, so a
/// training step or an inference batch run inside one cannot hit the race. If the region cannot start (another one is
/// active, or the budget is refused) the work runs unguarded, as before.
/// </summary>
public readonly struct GcPause : IDisposable
{
    /// <summary>Managed allocation budget of one region; a training step allocates well under 1 MB of wrappers.</summary>
    public const long BudgetBytes = 16L << 20;

    private readonly bool active;

    private GcPause(bool active) => this.active = active;

    /// <summary>Whether this pause holds a no-GC region (false when it could not start one).</summary>
    public bool Active => active;

    /// <summary>Starts a no-GC region if none is active; dispose to end it.</summary>
    public static GcPause Start()
    {
        if (GCSettings.LatencyMode == GCLatencyMode.NoGCRegion)
            return new GcPause(false);
        try
        {
            return new GcPause(GC.TryStartNoGCRegion(BudgetBytes));
        }
        catch (InvalidOperationException)
        {
            return new GcPause(false); // another thread started one first
        }
    }

    /// <summary>Ends the region (if the budget ran out a collection already ended it; nothing to do then).</summary>
    public void Dispose()
    {
        if (!active || GCSettings.LatencyMode != GCLatencyMode.NoGCRegion)
            return;
        try
        {
            GC.EndNoGCRegion();
        }
        catch (InvalidOperationException)
        {
            // The region was ended by a collection (budget exceeded); the work it guarded is done.
        }
    }
}
