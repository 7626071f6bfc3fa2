using System;
using System.Device.Spi;
using System.IO;
using System.Threading;

namespace EdgeEcg.Device.Tests.Acquisition;

/// <summary>An <see cref="SpiDevice"/> that passes transfers to another one, except that it can be told to fail the next n with an <see cref="IOException"/>, as a Linux spidev does on a bus error.</summary>
internal sealed class FlakySpiDevice(SpiDevice inner) : SpiDevice
{
    private int _failures;

    public override SpiConnectionSettings ConnectionSettings => inner.ConnectionSettings;

    /// <summary>Makes the next <paramref name="count"/> transfers throw.</summary>
    public void FailNext(int count) => Volatile.Write(ref _failures, count);

    public override void TransferFullDuplex(ReadOnlySpan<byte> writeBuffer, Span<byte> readBuffer)
    {
        ThrowIfFailing();
        inner.TransferFullDuplex(writeBuffer, readBuffer);
    }

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        ThrowIfFailing();
        inner.Write(buffer);
    }

    public override void Read(Span<byte> buffer)
    {
        ThrowIfFailing();
        inner.Read(buffer);
    }

    public override void WriteByte(byte value)
    {
        ThrowIfFailing();
        inner.WriteByte(value);
    }

    public override byte ReadByte()
    {
        ThrowIfFailing();
        return inner.ReadByte();
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Dispose();
        }

        base.Dispose(disposing);
    }

    private void ThrowIfFailing()
    {
        if (Volatile.Read(ref _failures) > 0 && Interlocked.Decrement(ref _failures) >= 0)
        {
            throw new IOException("Error 5 performing SPI data transfer.");
        }
    }
}
