namespace EdgeEcg.Wfdb;

/// <summary>
/// MIT annotation codes as defined by PhysioNet's <c>ecgcodes.h</c>; the mnemonic used by <c>rdann</c> is given in
/// parentheses (see <see cref="AnnotationCodes.Mnemonic"/>). Codes 15, 17 and 42–49 are unassigned; 59–63 are
/// pseudo-codes of the file format and never appear in an <see cref="Annotation"/>.
/// </summary>
public enum AnnotationCode : byte
{
    /// <summary>Not a beat; WFDB's NOTQRS (code 0), which MIT files cannot store as an annotation here.</summary>
    NotQrs = 0,

    /// <summary>Normal beat (N).</summary>
    Normal = 1,

    /// <summary>Left bundle branch block beat (L).</summary>
    Lbbb = 2,

    /// <summary>Right bundle branch block beat (R).</summary>
    Rbbb = 3,

    /// <summary>Aberrated atrial premature beat (a).</summary>
    Aberrant = 4,

    /// <summary>Premature ventricular contraction (V).</summary>
    Pvc = 5,

    /// <summary>Fusion of ventricular and normal beat (F).</summary>
    Fusion = 6,

    /// <summary>Nodal (junctional) premature beat (J).</summary>
    Npc = 7,

    /// <summary>Atrial premature beat (A).</summary>
    Apc = 8,

    /// <summary>Supraventricular premature or ectopic beat (S).</summary>
    Svpb = 9,

    /// <summary>Ventricular escape beat (E).</summary>
    VEscape = 10,

    /// <summary>Nodal (junctional) escape beat (j).</summary>
    NEscape = 11,

    /// <summary>Paced beat (/).</summary>
    Pace = 12,

    /// <summary>Unclassifiable beat (Q).</summary>
    Unknown = 13,

    /// <summary>Change in signal quality (~).</summary>
    Noise = 14,

    /// <summary>Isolated QRS-like artifact (|).</summary>
    Artifact = 16,

    /// <summary>ST segment change (s).</summary>
    StChange = 18,

    /// <summary>T-wave change (T).</summary>
    TChange = 19,

    /// <summary>Systole (*).</summary>
    Systole = 20,

    /// <summary>Diastole (D).</summary>
    Diastole = 21,

    /// <summary>Comment annotation (").</summary>
    Note = 22,

    /// <summary>Measurement annotation (=).</summary>
    Measure = 23,

    /// <summary>P-wave peak (p).</summary>
    PWave = 24,

    /// <summary>Bundle branch block beat, unspecified (B).</summary>
    Bbb = 25,

    /// <summary>Non-captured pacemaker artifact (^).</summary>
    PaceSpike = 26,

    /// <summary>T-wave peak (t).</summary>
    TWave = 27,

    /// <summary>Rhythm change (+); the aux string names the rhythm, for example "(AFIB".</summary>
    Rhythm = 28,

    /// <summary>U-wave peak (u).</summary>
    UWave = 29,

    /// <summary>Beat not classified during learning (?).</summary>
    Learn = 30,

    /// <summary>Ventricular flutter wave (!).</summary>
    FlutterWave = 31,

    /// <summary>Start of ventricular flutter/fibrillation ([).</summary>
    VfOn = 32,

    /// <summary>End of ventricular flutter/fibrillation (]).</summary>
    VfOff = 33,

    /// <summary>Atrial escape beat (e).</summary>
    AEscape = 34,

    /// <summary>Supraventricular escape beat (n).</summary>
    SvEscape = 35,

    /// <summary>Link to external data; aux holds a URL (@).</summary>
    Link = 36,

    /// <summary>Non-conducted P-wave, blocked APC (x).</summary>
    Napc = 37,

    /// <summary>Fusion of paced and normal beat (f).</summary>
    PFusion = 38,

    /// <summary>Waveform onset (().</summary>
    WaveOn = 39,

    /// <summary>Waveform end ()).</summary>
    WaveOff = 40,

    /// <summary>R-on-T premature ventricular contraction (r).</summary>
    RonT = 41,
}
