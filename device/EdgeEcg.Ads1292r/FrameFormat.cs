using System;

namespace EdgeEcg.Ads1292r;

/// <summary>The 9-byte data frame: encoding, decoding and the status-word layout.</summary>
/// <remarks>Bytes are MSB first: status[23:0], CH1[23:0], CH2[23:0]. Status = 1100 + LOFF_STAT[4:0] + GPIO[1:0] + 13 zeros.</remarks>
public static class FrameFormat
{
    /// <summary>Bytes per frame (3 status + 2 × 3 data).</summary>
    public const int Length = 9;

    /// <summary>The fixed status header, 0b1100, in bits 23..20.</summary>
    public const int StatusHeader = 0xC00000;

    /// <summary>Mask of the header bits.</summary>
    public const int StatusHeaderMask = 0xF00000;

    /// <summary>Mask of the bits that must read as zero (12..0).</summary>
    public const int StatusZeroMask = 0x001FFF;

    /// <summary>True when bits 23..20 are 1100 and bits 12..0 are zero.</summary>
    /// <param name="status">The 24-bit status word.</param>
    public static bool HasValidHeader(int status) =>
        (status & StatusHeaderMask) == StatusHeader && (status & StatusZeroMask) == 0;

    /// <summary>The lead-off bits (status bits 19..15).</summary>
    /// <param name="status">The 24-bit status word.</param>
    public static LeadOffStatus LeadOffOf(int status) => (LeadOffStatus)((status >> 15) & 0x1F);

    /// <summary>Builds a status word.</summary>
    /// <param name="leadOff">Lead-off bits.</param>
    /// <param name="gpio">GPIO data bits (0..3).</param>
    public static int MakeStatus(LeadOffStatus leadOff, int gpio) =>
        StatusHeader | (((int)leadOff & 0x1F) << 15) | ((gpio & 0x3) << 13);

    /// <summary>Decodes a 9-byte frame.</summary>
    /// <param name="bytes">At least 9 bytes, MSB first.</param>
    public static Ads1292rFrame Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length < Length)
        {
            throw new ArgumentException($"an ADS1292R frame is {Length} bytes, got {bytes.Length}", nameof(bytes));
        }

        int status = (bytes[0] << 16) | (bytes[1] << 8) | bytes[2];
        return new Ads1292rFrame(status, SignExtend24(bytes[3], bytes[4], bytes[5]), SignExtend24(bytes[6], bytes[7], bytes[8]));
    }

    /// <summary>Encodes a frame into 9 bytes, MSB first (used by the simulator).</summary>
    /// <param name="frame">The frame.</param>
    /// <param name="bytes">At least 9 bytes.</param>
    public static void Encode(in Ads1292rFrame frame, Span<byte> bytes)
    {
        Write24(frame.Status, bytes);
        Write24(frame.Channel1, bytes.Slice(3));
        Write24(frame.Channel2, bytes.Slice(6));
    }

    /// <summary>Sign-extends a big-endian 24-bit two's-complement value.</summary>
    /// <param name="b2">Most significant byte.</param>
    /// <param name="b1">Middle byte.</param>
    /// <param name="b0">Least significant byte.</param>
    public static int SignExtend24(byte b2, byte b1, byte b0) => ((b2 << 24) | (b1 << 16) | (b0 << 8)) >> 8;

    private static void Write24(int value, Span<byte> bytes)
    {
        bytes[0] = (byte)(value >> 16);
        bytes[1] = (byte)(value >> 8);
        bytes[2] = (byte)value;
    }
}
