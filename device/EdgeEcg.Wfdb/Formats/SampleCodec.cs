namespace EdgeEcg.Wfdb.Formats;

/// <summary>
/// Packs and unpacks the samples of one WFDB storage format. Samples of all signals in a file are one
/// interleaved stream of values (frame by frame); a codec only sees that stream.
/// </summary>
public abstract class SampleCodec
{
    /// <summary>The WFDB format code (for example 212).</summary>
    public abstract int Format { get; }

    /// <summary>The smallest sample value the format can store.</summary>
    public abstract int MinValue { get; }

    /// <summary>The largest sample value the format can store.</summary>
    public abstract int MaxValue { get; }

    /// <summary>The number of bytes <paramref name="valueCount"/> values occupy (as PhysioNet's writer lays them out).</summary>
    /// <param name="valueCount">The number of values in the stream.</param>
    public abstract long ByteCount(long valueCount);

    /// <summary>
    /// The largest file length (in bytes) that still holds exactly <paramref name="valueCount"/> values: <see cref="ByteCount"/>
    /// plus any padding other writers add (format 212 pads an odd final value to a whole 3-byte pair).
    /// </summary>
    /// <param name="valueCount">The number of values in the stream.</param>
    public virtual long MaxByteCount(long valueCount) => ByteCount(valueCount);

    /// <summary>The number of whole values stored in <paramref name="byteCount"/> bytes.</summary>
    /// <param name="byteCount">The number of bytes of the stream.</param>
    public abstract long ValueCount(long byteCount);

    /// <summary>The offset, from the start of the stream, of the first byte that holds value <paramref name="valueIndex"/>.</summary>
    /// <param name="valueIndex">The 0-based value index.</param>
    public abstract long ByteOffsetOf(long valueIndex);

    /// <summary>Unpacks <paramref name="count"/> values starting at byte <paramref name="srcOffset"/> (which must start a value group).</summary>
    /// <param name="src">The packed bytes.</param>
    /// <param name="srcOffset">Where the stream starts in <paramref name="src"/>.</param>
    /// <param name="dst">Receives the values from index 0.</param>
    /// <param name="count">The number of values to unpack.</param>
    public abstract void Decode(byte[] src, int srcOffset, int[] dst, int count);

    /// <summary>Packs <paramref name="count"/> values into <paramref name="dst"/> from index 0; values must lie in [<see cref="MinValue"/>, <see cref="MaxValue"/>].</summary>
    /// <param name="src">The values.</param>
    /// <param name="count">The number of values to pack.</param>
    /// <param name="dst">Receives <see cref="ByteCount"/>(<paramref name="count"/>) bytes.</param>
    public abstract void Encode(int[] src, int count, byte[] dst);
}
