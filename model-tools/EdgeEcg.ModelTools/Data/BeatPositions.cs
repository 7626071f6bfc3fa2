namespace EdgeEcg.ModelTools.Data;

/// <summary>Where the beats of a training dataset come from (recorded in the dataset file and the model metadata).</summary>
public enum BeatPositions
{
    /// <summary>The reference annotations' beat positions (the dataset of models up to 0.7).</summary>
    Reference,

    /// <summary>
    /// The beats the device chain detects (<see cref="Evaluation.Beats.DetectedBeats"/>), each labelled with the class
    /// of the reference beat it pairs with under EC57's 150 ms window; beats without an image are left out, and so are
    /// unpaired detections unless <see cref="BeatSource.Artifacts"/> keeps them as Q. The network then trains on the inputs it sees on the device and in <c>eval beats</c>: the
    /// detector's own R-peak alignment, and RR and template features over the detected beat sequence.
    /// </summary>
    Detected,
}
