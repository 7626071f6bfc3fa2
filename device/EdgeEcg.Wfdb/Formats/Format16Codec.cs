namespace EdgeEcg.Wfdb.Formats;

/// <summary>
/// WFDB formats 16 (16-bit two's complement, little-endian, low byte first) and 61 (the same, big-endian).
/// </summary>
public sealed class Format16Codec : SampleCodec
{
    private readonly bool _bigEndian;

    /// <summary>Creates the codec.</summary>
    /// <param name="bigEndian">False for format 16, true for format 61.</param>
    public Format16Codec(bool bigEndian)
    {
        _bigEndian = bigEndian;
    }

    /// <inheritdoc />
    public override int Format => _bigEndian ? 61 : 16;

    /// <inheritdoc />
    public override int MinValue => short.MinValue;

    /// <inheritdoc />
    public override int MaxValue => short.MaxValue;

    /// <inheritdoc />
    public override long ByteCount(long valueCount) => valueCount * 2;

    /// <inheritdoc />
    public override long ValueCount(long byteCount) => byteCount / 2;

    /// <inheritdoc />
    public override long ByteOffsetOf(long valueIndex) => valueIndex * 2;

    /// <inheritdoc />
    public override void Decode(byte[] src, int srcOffset, int[] dst, int count)
    {
        int lo = _bigEndian ? 1 : 0;
        int hi = 1 - lo;
        for (int i = 0, p = srcOffset; i < count; i++, p += 2)
        {
            dst[i] = (short)(src[p + lo] | (src[p + hi] << 8));
        }
    }

    /// <inheritdoc />
    public override void Encode(int[] src, int count, byte[] dst)
    {
        int lo = _bigEndian ? 1 : 0;
        int hi = 1 - lo;
        for (int i = 0, p = 0; i < count; i++, p += 2)
        {
            dst[p + lo] = (byte)src[i];
            dst[p + hi] = (byte)(src[i] >> 8);
        }
    }
}
