using System;
using System.Linq;
using EdgeEcg.Dsp.Rhythm;
using EdgeEcg.ModelTools.Data;
using EdgeEcg.ModelTools.Inference;
using EdgeEcg.TestSupport;
using EdgeEcg.Wfdb;
using Xunit;
using Xunit.Abstractions;

namespace EdgeEcg.ModelTools.Tests.Inference;

public sealed class AtrialFibrillationFlagsTests
{
    private const double Fs = 360;
    private readonly ITestOutputHelper output;

    public AtrialFibrillationFlagsTests(ITestOutputHelper output) => this.output = output;

    /// <summary>Beat times (samples at 360 Hz) of the given RRs in ms, from 1 s.</summary>
    private static long[] Times(int[] rrMs)
    {
        var t = new long[rrMs.Length + 1];
        t[0] = 360;
        for (int i = 0; i < rrMs.Length; i++)
            t[i + 1] = t[i] + (rrMs[i] * 360 / 1000);
        return t;
    }

    private static int[] Rhythm(int sinusBefore, int random, int sinusAfter, int seed)
    {
        var rng = new Random(seed);
        return Enumerable.Repeat(800, sinusBefore).Concat(Enumerable.Range(0, random).Select(_ => rng.Next(350, 1000))).Concat(Enumerable.Repeat(800, sinusAfter)).ToArray();
    }

    [Fact]
    public void AnEpisodeOfRandomIntervals_IsFlaggedAboutWhereItIs()
    {
        long[] t = Times(Rhythm(200, 200, 200, 1));
        bool[] f = AtrialFibrillationFlags.Compute(t, Fs, new AamiClass[t.Length]);
        int first = Array.IndexOf(f, true), last = Array.LastIndexOf(f, true);
        output.WriteLine($"flagged {first}..{last}");
        // The window is judged 8 beats after each beat, so the flags lie within a window of the episode's ends.
        Assert.InRange(first, 200, 200 + RrWindow.Length);
        Assert.InRange(last, 400 - RrWindow.Length, 400 + RrWindow.Length);
        Assert.True(f.Skip(first).Take(last - first + 1).All(x => x), "one episode");
    }

    [Fact]
    public void EpisodesShorterThanTheMinimum_AreDropped()
    {
        long[] shortBurst = Times(Rhythm(200, 30, 200, 2));
        Assert.DoesNotContain(true, AtrialFibrillationFlags.Compute(shortBurst, Fs, new AamiClass[shortBurst.Length]));
        long[] longer = Times(Rhythm(200, 80, 200, 2));
        Assert.Contains(true, AtrialFibrillationFlags.Compute(longer, Fs, new AamiClass[longer.Length]));
    }

    [Fact]
    public void AGapBeforeABeat_RestartsTheWindow()
    {
        long[] t = Times(Rhythm(100, 100, 0, 3));
        var gap = new bool[t.Length];
        for (int i = 100; i < t.Length; i += 10)
            gap[i] = true; // the stream breaks every 10 beats: no window fills
        Assert.DoesNotContain(true, AtrialFibrillationFlags.Compute(t, Fs, new AamiClass[t.Length], gap));
        Assert.Contains(true, AtrialFibrillationFlags.Compute(t, Fs, new AamiClass[t.Length]));
    }

    [Fact]
    public void Runs_AreTheStretchesOfTrueFlags()
    {
        Assert.Equal(new[] { (1, 3), (5, 6) }, AtrialFibrillationFlags.Runs(new[] { false, true, true, false, false, true }));
        Assert.Equal(new[] { (0, 2) }, AtrialFibrillationFlags.Runs(new[] { true, true }));
        Assert.Empty(AtrialFibrillationFlags.Runs(new bool[3]));
    }

    [Fact]
    public void BadInput_IsRefusedWithTheReason()
    {
        var e = Assert.Throws<ArgumentException>(() => AtrialFibrillationFlags.Compute(new long[] { 1, 2 }, Fs, new AamiClass[3]));
        Assert.Contains("2 beats but 3 labels", e.Message, StringComparison.Ordinal);
        e = Assert.Throws<ArgumentException>(() => AtrialFibrillationFlags.Compute(new long[] { 5, 5 }, Fs, new AamiClass[2]));
        Assert.Contains("must increase", e.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>(() => AtrialFibrillationFlags.Compute(new long[] { 1 }, 0, new AamiClass[1]));
    }

    [EcgDataFact]
    public void OnDs1_FibrillationIsFlagged_AndSupraventricularRunsAreNot()
    {
        // Reference beats and reference ventricular labels: record 203 (atrial fibrillation and flutter nearly
        // throughout), 201 (fibrillation in episodes) and 209 (sinus with supraventricular tachycardia runs, no fibrillation).
        (int InAf, int InAfFlagged, int Other, int OtherFlagged) Score(string record)
        {
            var annotations = AnnotationFile.Read(TestData.MitdbRecord(record) + ".atr");
            var beats = annotations.Where(a => a.IsBeat).ToArray();
            var labels = beats.Select(b => AamiClassMap.FromCode(b.Code) ?? AamiClass.Q).ToArray();
            bool[] flags = AtrialFibrillationFlags.Compute(beats.Select(b => b.Sample).ToArray(), Fs, labels);
            string rhythm = "(N";
            int k = 0, inAf = 0, inAfFlagged = 0, other = 0, otherFlagged = 0;
            foreach (Annotation a in annotations)
            {
                if (a.Code == AnnotationCode.Rhythm && a.Aux is string aux)
                    rhythm = aux.TrimEnd('\0');
                if (!a.IsBeat)
                    continue;
                bool af = rhythm.StartsWith("(AF", StringComparison.Ordinal); // (AFIB and (AFL
                if (af)
                {
                    inAf++;
                    inAfFlagged += flags[k] ? 1 : 0;
                }
                else
                {
                    other++;
                    otherFlagged += flags[k] ? 1 : 0;
                }
                k++;
            }
            output.WriteLine($"{record}: AF/AFL beats flagged {inAfFlagged} of {inAf}, other beats flagged {otherFlagged} of {other}");
            return (inAf, inAfFlagged, other, otherFlagged);
        }
        var r203 = Score("203"); // found: 2816 of 2894 AF/AFL beats
        Assert.True(r203.InAfFlagged > 0.9 * r203.InAf);
        // 201's fibrillation comes in several episodes among nodal rhythm, trigeminy and supraventricular runs; flags
        // spill up to a window past each episode's ends (found: 712 of 911 AF/AFL beats, 185 of 1052 others).
        var r201 = Score("201");
        Assert.True(r201.InAfFlagged > 0.7 * r201.InAf);
        Assert.True(r201.OtherFlagged < 0.2 * r201.Other);
        var r209 = Score("209");
        Assert.Equal(0, r209.InAf);
        Assert.True(r209.OtherFlagged < 0.01 * r209.Other);
    }
}
