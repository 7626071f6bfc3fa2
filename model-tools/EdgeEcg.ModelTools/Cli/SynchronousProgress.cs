using System;

namespace EdgeEcg.ModelTools.Cli;

/// <summary>An <see cref="IProgress{T}"/> that calls its handler on the reporting thread (Progress&lt;T&gt; posts to the thread pool).</summary>
/// <typeparam name="T">Report type.</typeparam>
public sealed class SynchronousProgress<T> : IProgress<T>
{
    private readonly Action<T> handler;

    /// <summary>Creates the progress sink.</summary>
    /// <param name="handler">Called for every report.</param>
    public SynchronousProgress(Action<T> handler) => this.handler = handler;

    /// <inheritdoc/>
    public void Report(T value) => handler(value);
}
