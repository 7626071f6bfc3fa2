using System;
using EdgeEcg.Dsp.Rhythm;
using Xunit;

namespace EdgeEcg.Dsp.Tests.Rhythm;

public class AtrialFibrillationDetectorTests
{
    /// <summary>Feeds intervals and returns how many beats the detector called fibrillation.</summary>
    private static int Feed(AtrialFibrillationDetector d, int beats, Func<int, int> rr, Func<int, bool>? ventricular = null)
    {
        int af = 0;
        for (int i = 0; i < beats; i++)
            if (d.Add(rr(i), ventricular?.Invoke(i) ?? false))
                af++;
        return af;
    }

    [Fact]
    public void SinusRhythmWithRespiratoryVariation_IsNotFibrillation()
    {
        var d = new AtrialFibrillationDetector();
        Assert.Equal(0, Feed(d, 500, i => 800 + (int)(60 * Math.Sin(i * 2 * Math.PI / 5))));
    }

    [Fact]
    public void RandomIntervals_AreFibrillation_AfterOneWindow()
    {
        var rng = new Random(11);
        var d = new AtrialFibrillationDetector();
        int af = Feed(d, 300, _ => rng.Next(350, 1000));
        Assert.True(af > 300 - (2 * RrWindow.Length), $"{af} of 300 beats");
        Assert.True(d.InFibrillation);
        // Back to sinus: the detector leaves fibrillation within a window.
        Assert.InRange(Feed(d, 100, _ => 800), 0, RrWindow.Length - 1);
        Assert.False(d.InFibrillation);
    }

    [Fact]
    public void FrequentAtrialPrematureBeats_AtAFixedCoupling_AreNotFibrillation()
    {
        // Early beats at random places (40 %) at 0.7 of the sinus RR, the sinus node reset after each: irregular, but
        // made of three repeated intervals.
        var rng = new Random(5);
        var d = new AtrialFibrillationDetector();
        bool early = false;
        int af = Feed(d, 600, _ =>
        {
            bool wasEarly = early;
            early = !wasEarly && rng.NextDouble() < 0.4;
            return early ? 700 : wasEarly ? 1050 : 1000;
        });
        Assert.True(af < 30, $"{af} of 600 beats called fibrillation");
    }

    [Fact]
    public void IntervalsNextToVentricularBeats_AreLeftOut()
    {
        // Sinus (800 ms) with a premature ventricular beat every 2 to 4 beats at random, at a varying coupling
        // (350-650 ms) and a full compensatory pause: its intervals alone spread like fibrillation's.
        var rng = new Random(7);
        int next = 3;
        var v = new bool[800];
        var rr = new int[800];
        for (int i = 0; i < v.Length; i++)
        {
            if (i == next)
            {
                v[i] = true;
                rr[i] = rng.Next(350, 650);
                next += rng.Next(2, 5);
            }
            else
            {
                rr[i] = i > 0 && v[i - 1] ? 1600 - rr[i - 1] : 800;
            }
        }
        int without = Feed(new AtrialFibrillationDetector(), v.Length, i => rr[i]);
        Assert.True(without > 200, $"without the ventricular labels {without} of 800 beats are called fibrillation");
        Assert.Equal(0, Feed(new AtrialFibrillationDetector(), v.Length, i => rr[i], i => v[i]));
    }

    [Fact]
    public void AGap_ClearsTheWindow_ButKeepsTheStateUntilANewWindowIsFull()
    {
        var rng = new Random(13);
        var d = new AtrialFibrillationDetector();
        Feed(d, 100, _ => rng.Next(350, 1000));
        Assert.True(d.InFibrillation);
        Assert.True(d.Add(0, false));
        Assert.Equal(0, d.Window.Count);
        Feed(d, RrWindow.Length - 1, _ => 800);
        Assert.True(d.InFibrillation, "not decided before the window is full again");
        d.Add(800, false);
        Assert.False(d.InFibrillation);
        d.Reset();
        Assert.False(d.InFibrillation);
        Assert.Equal(0, d.Window.Count);
    }
}
