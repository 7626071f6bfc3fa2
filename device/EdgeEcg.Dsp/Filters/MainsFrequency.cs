namespace EdgeEcg.Dsp.Filters;

/// <summary>The mains (power-line) frequency whose interference <see cref="EcgFilterChain"/> notches out.</summary>
public enum MainsFrequency
{
    /// <summary>No mains notch (e.g. battery-only bench setups or when the front end already removes it).</summary>
    None = 0,

    /// <summary>50 Hz mains (Europe, most of Asia, Africa, Australia).</summary>
    Hz50 = 50,

    /// <summary>60 Hz mains (the Americas, parts of Asia).</summary>
    Hz60 = 60,
}
