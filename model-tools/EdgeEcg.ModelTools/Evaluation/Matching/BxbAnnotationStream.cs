using System.Collections.Generic;

namespace EdgeEcg.ModelTools.Evaluation.Matching;

/// <summary>
/// Reads one annotator's events the way bxb's <c>getref()</c>/<c>gettest()</c> do: yields beats one at a
/// time (current and next), skipping everything between VFON and VFOFF and remembering the last two VF and
/// shutdown periods so that unmatched beats can be labelled.
/// </summary>
internal sealed class BxbAnnotationStream
{
    /// <summary>Time standing for "after the end of the file".</summary>
    public const long HugeTime = long.MaxValue / 4;

    private readonly IReadOnlyList<MatchEvent> events;
    private readonly long matchWindow;
    private readonly long endTime;
    private readonly bool isTest;
    private int position;
    private long shutdownOn = -1;
    private long shutdownOff = -1;
    private long previousShutdownOn = -1;
    private long previousShutdownOff = -1;
    private long vfOn = -1;
    private long vfOff = -1;
    private long previousVfOn = -1;
    private long previousVfOff = -1;

    public BxbAnnotationStream(IReadOnlyList<MatchEvent> events, long matchWindow, long endTime, bool isTest)
    {
        this.events = events;
        this.matchWindow = matchWindow;
        this.endTime = endTime;
        this.isTest = isTest;
    }

    /// <summary>Time of the current beat (bxb's T or t).</summary>
    public long Time { get; private set; }

    /// <summary>Label of the current beat (bxb's A or a).</summary>
    public MatchLabel Label { get; private set; }

    /// <summary>Position of the current beat in the event list (−1 before the first and after the last).</summary>
    public int Index { get; private set; } = -1;

    /// <summary>Time of the next beat (bxb's T' or t').</summary>
    public long NextTime { get; private set; }

    /// <summary>Total shutdown duration in samples (tallied for the test annotator only).</summary>
    public long ShutdownSamples { get; private set; }

    /// <summary>Advances to the next beat.</summary>
    public void Next()
    {
        Time = NextTime;
        Label = nextLabel;
        Index = nextIndex;
        while (position < events.Count)
        {
            MatchEvent e = events[position++];
            switch (e.Kind)
            {
                case MatchEventKind.Beat:
                    NextTime = e.Time;
                    nextLabel = MatchLabel.Beat;
                    nextIndex = position - 1;
                    return;
                case MatchEventKind.ShutdownOn:
                    if (!ReadShutdown(e.Time))
                    {
                        return;
                    }

                    break;
                case MatchEventKind.VfOn:
                    if (!ReadVf(e.Time))
                    {
                        return;
                    }

                    break;
            }
        }

        EndOfFile();
    }

    /// <summary>bxb's <c>rpann</c>: the pseudo-label a reference stream gives an unmatched test beat at <paramref name="t"/>.</summary>
    public MatchLabel PseudoLabelForTestBeat(long t)
    {
        if ((vfOn != -1 && vfOn <= t && (t <= vfOff || vfOff == -1)) ||
            (previousVfOn != -1 && previousVfOn <= t && t <= previousVfOff))
        {
            return MatchLabel.Excluded;
        }

        return InShutdown(t) ? MatchLabel.Shutdown : MatchLabel.Missing;
    }

    /// <summary>bxb's <c>tpann</c>: the pseudo-label a test stream gives an unmatched reference beat at <paramref name="t"/>.</summary>
    public MatchLabel PseudoLabelForReferenceBeat(long t) => InShutdown(t) ? MatchLabel.Shutdown : MatchLabel.Missing;

    private MatchLabel nextLabel;

    private int nextIndex = -1;

    private bool InShutdown(long t) =>
        (shutdownOn != -1 && shutdownOn <= t && (t <= shutdownOff || shutdownOff == -1)) ||
        (previousShutdownOn != -1 && previousShutdownOn <= t && t <= previousShutdownOff);

    private bool ReadShutdown(long onset)
    {
        previousShutdownOn = shutdownOn;
        previousShutdownOff = shutdownOff;
        shutdownOn = onset;
        if (position >= events.Count)
        {
            if (isTest && endTime > 0)
            {
                ShutdownSamples += endTime - shutdownOn;
            }
            else if (!isTest)
            {
                shutdownOff = HugeTime;
            }

            EndOfFile();
            return false;
        }

        MatchEvent e = events[position++];
        if (e.Kind == MatchEventKind.Noise)
        {
            shutdownOff = e.Time;
        }
        else
        {
            // A lone shutdown mark (AHA style): assume it spans from one match window after the previous beat
            // (or VF end) to one match window before the next annotation.
            shutdownOn = (vfOff > Time ? vfOff : Time) + matchWindow;
            shutdownOff = e.Time - matchWindow;
            if (shutdownOn > shutdownOff)
            {
                shutdownOn = shutdownOff;
            }

            position--;
        }

        if (isTest)
        {
            ShutdownSamples += shutdownOff - shutdownOn;
        }

        return true;
    }

    private bool ReadVf(long onset)
    {
        previousVfOn = vfOn;
        previousVfOff = vfOff;
        vfOn = onset;
        while (position < events.Count)
        {
            MatchEvent e = events[position++];
            if (e.Kind == MatchEventKind.VfOff)
            {
                vfOff = e.Time;
                return true;
            }
        }

        EndOfFile();
        return false;
    }

    private void EndOfFile()
    {
        NextTime = HugeTime;
        nextLabel = MatchLabel.Excluded;
        nextIndex = -1;
    }
}
