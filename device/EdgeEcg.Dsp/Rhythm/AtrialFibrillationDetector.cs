namespace EdgeEcg.Dsp.Rhythm;

/// <summary>
/// Detects atrial fibrillation from RR intervals alone: a window of <see cref="RrWindow.Length"/> intervals is
/// fibrillation-like when it is irregular (<see cref="RrWindow.IrregularityPermille"/> at least
/// <see cref="IrregularityOnPermille"/>) and its intervals do not repeat (<see cref="RrWindow.MatchPermille"/> at most
/// <see cref="MatchOnPermille"/>); frequent ectopic beats make a rhythm irregular too, but of a few repeated intervals.
/// The detector enters fibrillation on a fibrillation-like window and leaves it when a window is clearly not (match
/// above <see cref="MatchOffPermille"/> or irregularity below <see cref="IrregularityOffPermille"/>), so that one
/// borderline window does not split an episode. Intervals next to a ventricular beat are left out (the caller says
/// which), as ventricular ectopics shorten and lengthen the RR whatever the atria do.
/// </summary>
/// <remarks>
/// The thresholds were chosen on DS1 only (records 201 and 203 for fibrillation, the other DS1 records and a
/// simulation of frequent atrial premature beats for the rest); see model-tools' <c>eval af</c>. Integer arithmetic;
/// no allocation after construction.
/// </remarks>
public sealed class AtrialFibrillationDetector
{
    /// <summary>Irregularity (‰) a window needs to enter fibrillation.</summary>
    public const int IrregularityOnPermille = 100;

    /// <summary>Largest share of matching interval pairs (‰) of a window that enters fibrillation.</summary>
    public const int MatchOnPermille = 200;

    /// <summary>Irregularity (‰) below which a window ends fibrillation.</summary>
    public const int IrregularityOffPermille = 80;

    /// <summary>Share of matching interval pairs (‰) above which a window ends fibrillation.</summary>
    public const int MatchOffPermille = 250;

    private readonly RrWindow window = new RrWindow();
    private bool inFibrillation;
    private bool afterVentricular;

    /// <summary>Whether the rhythm up to the last beat is atrial fibrillation.</summary>
    public bool InFibrillation => inFibrillation;

    /// <summary>The window of intervals the decision is made on.</summary>
    public RrWindow Window => window;

    /// <summary>
    /// Takes the next beat and returns <see cref="InFibrillation"/>.
    /// </summary>
    /// <param name="rrMs">Interval from the previous beat in ms, or 0 for the first beat after a gap (then the
    /// window is cleared and the state kept until a new window is full).</param>
    /// <param name="ventricular">Whether this beat is ventricular (its interval and the next are left out).</param>
    public bool Add(int rrMs, bool ventricular)
    {
        if (rrMs == 0)
        {
            window.Clear();
            afterVentricular = ventricular;
            return inFibrillation;
        }
        if (!ventricular && !afterVentricular)
            window.Add(rrMs);
        afterVentricular = ventricular;
        if (!window.IsFull)
            return inFibrillation;
        int irregularity = window.IrregularityPermille;
        int match = window.MatchPermille;
        if (inFibrillation)
            inFibrillation = irregularity >= IrregularityOffPermille && match <= MatchOffPermille;
        else
            inFibrillation = irregularity >= IrregularityOnPermille && match <= MatchOnPermille;
        return inFibrillation;
    }

    /// <summary>Forgets the rhythm (a new recording).</summary>
    public void Reset()
    {
        window.Clear();
        inFibrillation = false;
        afterVentricular = false;
    }
}
