namespace EdgeEcg.Ads1292r;

/// <summary>One conversion as it arrives in RDATAC/RDATA: 24-bit status word, channel 1 and channel 2 codes.</summary>
/// <param name="Status">The 24-bit status word: 1100 + LOFF_STAT[4:0] + GPIO[1:0] + 13 zeros.</param>
/// <param name="Channel1">Channel 1 code, sign-extended from 24 bits.</param>
/// <param name="Channel2">Channel 2 code, sign-extended from 24 bits.</param>
public readonly record struct Ads1292rFrame(int Status, int Channel1, int Channel2)
{
    /// <summary>True when the status word starts with the fixed header 0b1100; false means a desynchronised or corrupted read.</summary>
    public bool HasValidHeader => FrameFormat.HasValidHeader(Status);

    /// <summary>The lead-off bits carried in the status word.</summary>
    public LeadOffStatus LeadOff => FrameFormat.LeadOffOf(Status);

    /// <summary>The two GPIO data bits carried in the status word.</summary>
    public int GpioBits => (Status >> 13) & 0x3;
}
