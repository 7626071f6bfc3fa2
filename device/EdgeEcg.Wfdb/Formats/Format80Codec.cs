namespace EdgeEcg.Wfdb.Formats;

/// <summary>WFDB format 80: one byte per sample, offset binary (stored byte = sample + 128).</summary>
public sealed class Format80Codec : SampleCodec
{
    /// <inheritdoc />
    public override int Format => 80;

    /// <inheritdoc />
    public override int MinValue => -128;

    /// <inheritdoc />
    public override int MaxValue => 127;

    /// <inheritdoc />
    public override long ByteCount(long valueCount) => valueCount;

    /// <inheritdoc />
    public override long ValueCount(long byteCount) => byteCount;

    /// <inheritdoc />
    public override long ByteOffsetOf(long valueIndex) => valueIndex;

    /// <inheritdoc />
    public override void Decode(byte[] src, int srcOffset, int[] dst, int count)
    {
        for (int i = 0; i < count; i++)
        {
            dst[i] = src[srcOffset + i] - 128;
        }
    }

    /// <inheritdoc />
    public override void Encode(int[] src, int count, byte[] dst)
    {
        for (int i = 0; i < count; i++)
        {
            dst[i] = (byte)(src[i] + 128);
        }
    }
}
