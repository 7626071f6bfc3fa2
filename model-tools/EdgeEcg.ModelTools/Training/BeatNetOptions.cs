using System;

namespace EdgeEcg.ModelTools.Training;

/// <summary>Shape of the MobileNet beat classifier.</summary>
/// <param name="WidthMultiplier">MobileNet width multiplier α applied to every channel count (channels are rounded to multiples of 4).</param>
/// <param name="RrFeatureCount">Number of RR features joined before the classifier.</param>
/// <param name="ClassCount">Number of output classes (5 AAMI classes).</param>
/// <param name="Expansion">Inverted-residual expansion factor t.</param>
/// <param name="HiddenUnits">Units of the hidden fully connected layer after the join.</param>
public sealed record BeatNetOptions(double WidthMultiplier, int RrFeatureCount, int ClassCount, int Expansion = 3, int HiddenUnits = 32)
{
    /// <summary>Spectrogram image height (frequency bins).</summary>
    public const int ImageHeight = 32;

    /// <summary>Spectrogram image width (time frames).</summary>
    public const int ImageWidth = 32;

    /// <summary>Scales a base channel count by the width multiplier, rounded to a multiple of 4 (at least 4).</summary>
    /// <param name="baseChannels">Channel count at α = 1.</param>
    public int Channels(int baseChannels) => Math.Max(4, (int)Math.Round(baseChannels * WidthMultiplier / 4.0, MidpointRounding.AwayFromZero) * 4);
}
