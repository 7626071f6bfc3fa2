using System;
using System.Collections.Generic;
using EdgeEcg.Ads1292r.Simulation;
using Xunit;

namespace EdgeEcg.Ads1292r.Tests.Simulation;

public class ScheduledEventTests
{
    [Theory]
    [InlineData(10, 5, 9, false)]
    [InlineData(10, 5, 10, true)]
    [InlineData(10, 5, 14, true)]
    [InlineData(10, 5, 15, false)]
    public void Covers_IsHalfOpen(long from, long count, long index, bool covered) =>
        Assert.Equal(covered, new ScheduledEvent(ScheduledEventKind.Saturation, from, count).Covers(index));

    [Fact]
    public void Saturation_PinsChannel2AtFullScale_ForItsFrames()
    {
        using var sim = new Ads1292rSimulator(new SyntheticEcgSource());
        sim.Schedule(new ScheduledEvent(ScheduledEventKind.Saturation, 10, 5));
        List<Ads1292rFrame> frames = ReadFrames(sim, 20);

        for (int i = 0; i < frames.Count; i++)
        {
            bool saturated = i is >= 10 and < 15;
            Assert.Equal(saturated, frames[i].Channel2 == Ads1292rScale.MaxCode);
            Assert.NotEqual(Ads1292rScale.MaxCode, frames[i].Channel1);
        }
    }

    [Fact]
    public void ElectrodeOff_SetsStatusBitsOnlyForSensedInputs()
    {
        using var sim = new Ads1292rSimulator(new SyntheticEcgSource());
        sim.Faults.ElectrodesOff = LeadOffStatus.In2Negative | LeadOffStatus.In1Positive;
        List<Ads1292rFrame> frames = ReadFrames(sim, 3); // default settings sense IN2P and IN2N only
        Assert.All(frames, f => Assert.Equal(LeadOffStatus.In2Negative, f.LeadOff));
        Assert.Equal((byte)LeadOffStatus.In2Negative, (byte)(sim.PeekRegister(Register.LeadOffStatus) & 0x1F));
    }

    [Fact]
    public void TestSignal_IsPlusMinusVrefOver2400_At1Hz()
    {
        using var sim = new Ads1292rSimulator(new SyntheticEcgSource(), faults: new SimulatorFaults { NoiseScale = 0 });
        var settings = new Ads1292rSettings
        {
            Config2 = Config2Flags.ReferenceBufferOn | Config2Flags.TestSignalOn | Config2Flags.TestSquareWave1Hz,
            Channel2 = new ChannelSettings(PgaGain.Gain6, InputMux.TestSignal),
        };
        List<Ads1292rFrame> frames = ReadFrames(sim, 1000, settings);
        int high = settings.Channel2Scale.ToCode(2.42e6 / 2400);
        for (int i = 0; i < frames.Count; i++)
        {
            Assert.Equal(i % 500 < 250 ? high : -high, frames[i].Channel2);
        }
    }

    private static List<Ads1292rFrame> ReadFrames(Ads1292rSimulator sim, int count, Ads1292rSettings? settings = null)
    {
        using Ads1292r chip = sim.CreateBinding();
        chip.Initialize();
        chip.Configure(settings ?? new Ads1292rSettings());
        var frames = new List<Ads1292rFrame>();
        chip.AddDataReadyHandler((_, _) =>
        {
            if (frames.Count < count)
            {
                frames.Add(chip.ReadFrame());
            }
        });
        chip.StartContinuousRead();
        chip.StartConversions();
        Assert.True(System.Threading.SpinWait.SpinUntil(() => frames.Count >= count, TimeSpan.FromSeconds(10)));
        chip.StopConversions();
        return frames;
    }
}
