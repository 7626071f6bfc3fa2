using System;
using System.Collections.Generic;
using EdgeEcg.ModelTools.Data;
using EdgeEcg.ModelTools.Inference;
using Xunit;

namespace EdgeEcg.ModelTools.Tests.Inference;

public class SvebRunVetoTests
{
    private const double Fs = 360;

    /// <summary>Beat times from a list of RR intervals in seconds, starting at 1 s.</summary>
    private static long[] Times(params double[] rr)
    {
        var t = new long[rr.Length + 1];
        t[0] = 360;
        for (int i = 0; i < rr.Length; i++)
            t[i + 1] = t[i] + (long)Math.Round(rr[i] * Fs);
        return t;
    }

    [Fact]
    public void ARegularRunAtANormalRate_IsFlagged_AsAfterTwoToOneBlock()
    {
        // Blocked cycles of 1.6 s, then 1:1 conduction at 0.8 s: the conducted beats after the first one are flagged.
        bool[] flags = SvebRunVeto.Flags(Times(1.6, 1.6, 1.6, 0.8, 0.8, 0.8, 0.8, 0.8), Fs);
        Assert.Equal(new[] { false, false, true, false, false, true, true, true, false }, flags);
    }

    [Fact]
    public void AFastRun_AnIsolatedPrematureBeat_AndAnIrregularRhythm_AreNotFlagged()
    {
        // Supraventricular tachycardia at 0.45 s (133 beats/min): regular but fast.
        Assert.DoesNotContain(true, SvebRunVeto.Flags(Times(0.8, 0.8, 0.45, 0.45, 0.45, 0.45, 0.45, 0.8), Fs)[3..8]);
        // An isolated premature beat at 0.55 of 0.8 s and its reset: not regular around the early beat.
        bool[] apc = SvebRunVeto.Flags(Times(0.8, 0.8, 0.8, 0.55, 1.0, 0.8, 0.8), Fs);
        Assert.False(apc[4]);
        // A slow premature beat (0.7 s after 0.9 s sinus) is not regular either.
        Assert.False(SvebRunVeto.Flags(Times(0.9, 0.9, 0.9, 0.7, 1.1, 0.9), Fs)[4]);
        // Intervals 15 % apart are not regular.
        Assert.DoesNotContain(true, SvebRunVeto.Flags(Times(0.8, 0.92, 0.8, 0.92, 0.8, 0.92), Fs));
    }

    [Fact]
    public void OnlySCallsOfFlaggedBeats_BecomeN()
    {
        AamiClass[] labels = { AamiClass.S, AamiClass.S, AamiClass.V, AamiClass.N };
        Assert.Equal(1, SvebRunVeto.Apply(labels, new[] { true, false, true, true }));
        Assert.Equal(new[] { AamiClass.N, AamiClass.S, AamiClass.V, AamiClass.N }, labels);
        var e = Assert.Throws<ArgumentException>(() => SvebRunVeto.Apply(new AamiClass[3], new bool[2]));
        Assert.Contains("3 labels but 2", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ForRows_JudgesEachRecordOnItsOwn_AndSkipsAbsentRows()
    {
        long[] one = Times(0.8, 0.8, 0.8, 0.8, 0.8);
        var samples = new List<long>(one);
        samples.AddRange(one);
        int n = samples.Count;
        var recordIndex = new int[n];
        for (int i = one.Length; i < n; i++)
            recordIndex[i] = 1;
        var rows = new BeatDataset(4, 1, new sbyte[n * 4], new float[n], new AamiClass[n], recordIndex, samples.ToArray(), new[] { "a", "b" });
        bool[] flags = SvebRunVeto.ForRows(rows, samples);
        // Each record starts afresh: beats 2..4 of each are flagged, never across the boundary.
        Assert.Equal(new[] { false, false, true, true, true, false, false, false, true, true, true, false }, flags);
        // Without row 3 of record a, beat 4 follows a 1.6 s interval after 0.8 s: not regular.
        var absent = new bool[n];
        absent[3] = true;
        bool[] gap = SvebRunVeto.ForRows(rows, samples, absent);
        Assert.False(gap[3]);
        Assert.False(gap[4]);
    }
}
