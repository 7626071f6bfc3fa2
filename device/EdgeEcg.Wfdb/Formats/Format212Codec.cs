namespace EdgeEcg.Wfdb.Formats;

/// <summary>
/// WFDB format 212: pairs of 12-bit two's complement samples packed into 3 bytes. For a pair (a, b):
/// byte 0 = low 8 bits of a; byte 1 = high 4 bits of a in its low nibble and high 4 bits of b in its high
/// nibble; byte 2 = low 8 bits of b. An odd final sample occupies 2 bytes (bytes 0 and 1 of a pair).
/// </summary>
public sealed class Format212Codec : SampleCodec
{
    /// <inheritdoc />
    public override int Format => 212;

    /// <inheritdoc />
    public override int MinValue => -2048;

    /// <inheritdoc />
    public override int MaxValue => 2047;

    /// <inheritdoc />
    public override long ByteCount(long valueCount) => (valueCount / 2 * 3) + (valueCount % 2 * 2);

    /// <inheritdoc />
    public override long MaxByteCount(long valueCount) => (valueCount + 1) / 2 * 3;

    /// <inheritdoc />
    public override long ValueCount(long byteCount) => (byteCount / 3 * 2) + (byteCount % 3 == 2 ? 1 : 0);

    /// <inheritdoc />
    public override long ByteOffsetOf(long valueIndex) => (valueIndex / 2 * 3) + (valueIndex % 2);

    /// <inheritdoc />
    public override void Decode(byte[] src, int srcOffset, int[] dst, int count)
    {
        int p = srcOffset;
        int i = 0;
        for (; i + 1 < count; i += 2, p += 3)
        {
            int middle = src[p + 1];
            dst[i] = SignExtend12(src[p] | ((middle & 0x0F) << 8));
            dst[i + 1] = SignExtend12(src[p + 2] | ((middle & 0xF0) << 4));
        }

        if (i < count)
        {
            dst[i] = SignExtend12(src[p] | ((src[p + 1] & 0x0F) << 8));
        }
    }

    /// <inheritdoc />
    public override void Encode(int[] src, int count, byte[] dst)
    {
        int p = 0;
        int i = 0;
        for (; i + 1 < count; i += 2, p += 3)
        {
            int a = src[i] & 0xFFF;
            int b = src[i + 1] & 0xFFF;
            dst[p] = (byte)a;
            dst[p + 1] = (byte)((a >> 8) | ((b >> 4) & 0xF0));
            dst[p + 2] = (byte)b;
        }

        if (i < count)
        {
            int a = src[i] & 0xFFF;
            dst[p] = (byte)a;
            dst[p + 1] = (byte)(a >> 8);
        }
    }

    private static int SignExtend12(int v) => (v << 20) >> 20;
}
