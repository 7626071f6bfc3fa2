using System;
using System.Device.Spi;

namespace EdgeEcg.Ads1292r.Simulation;

/// <summary>An <see cref="SpiDevice"/> wired to the simulated chip: every call is one CS-low transaction.</summary>
/// <remarks>The connection settings matter as on hardware: a mode other than 1 garbles the data, and an SPI clock above
/// 2 f<sub>CLK</sub> loses the later bytes of RREG/WREG (command decode time).</remarks>
public sealed class SimulatedSpiDevice : SpiDevice
{
    private readonly Ads1292rSimulator _simulator;
    private readonly byte[] _scratch = new byte[64];

    internal SimulatedSpiDevice(Ads1292rSimulator simulator, SpiConnectionSettings settings)
    {
        _simulator = simulator;
        ConnectionSettings = settings;
    }

    /// <inheritdoc />
    public override SpiConnectionSettings ConnectionSettings { get; }

    /// <inheritdoc />
    public override void TransferFullDuplex(ReadOnlySpan<byte> writeBuffer, Span<byte> readBuffer)
    {
        if (writeBuffer.Length != readBuffer.Length)
        {
            throw new ArgumentException($"write ({writeBuffer.Length}) and read ({readBuffer.Length}) buffers differ in length");
        }

        _simulator.Transfer(writeBuffer, readBuffer, ConnectionSettings);
    }

    /// <inheritdoc />
    public override void Write(ReadOnlySpan<byte> buffer)
    {
        lock (_scratch)
        {
            Span<byte> sink = buffer.Length <= _scratch.Length ? _scratch.AsSpan(0, buffer.Length) : new byte[buffer.Length];
            _simulator.Transfer(buffer, sink, ConnectionSettings);
        }
    }

    /// <inheritdoc />
    public override void Read(Span<byte> buffer)
    {
        lock (_scratch)
        {
            Span<byte> zeros = buffer.Length <= _scratch.Length ? _scratch.AsSpan(0, buffer.Length) : new byte[buffer.Length];
            zeros.Clear();
            _simulator.Transfer(zeros, buffer, ConnectionSettings);
        }
    }

    /// <inheritdoc />
    public override void WriteByte(byte value)
    {
        Span<byte> one = stackalloc byte[] { value };
        Write(one);
    }

    /// <inheritdoc />
    public override byte ReadByte()
    {
        Span<byte> one = stackalloc byte[1];
        Read(one);
        return one[0];
    }
}
