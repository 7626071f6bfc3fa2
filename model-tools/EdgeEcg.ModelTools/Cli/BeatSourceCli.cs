using System;
using System.CommandLine;
using EdgeEcg.ModelTools.Data;

namespace EdgeEcg.ModelTools.Cli;

/// <summary>The options that choose a dataset's beats (<see cref="BeatSource"/>), shared by <c>dataset</c>, <c>train</c> and <c>cv</c>.</summary>
public sealed class BeatSourceCli
{
    private readonly Option<BeatPositions> beats = new("--beats") { Description = "Reference (annotation positions) or Detected (the device chain's detections, labelled by the paired reference beat)", DefaultValueFactory = _ => BeatPositions.Reference };
    private readonly Option<bool> artifacts = new("--artifacts") { Description = "With --beats Detected: keep detections that pair with no reference beat, labelled Q (artifact)" };
    private readonly Option<bool> noiseArtifactsOnly = new("--noise-artifacts-only") { Description = "With --artifacts and --noise-copies: take only the artifacts from the noise copies, not their paired beats" };
    private readonly Option<string?> lead = new("--lead") { Description = "Lead to read from each record: a signal description in its header (e.g. II for INCART, ECG1 for svdb) or a 0-based signal number, or a comma-separated list of them of which each record's first is taken (e.g. MLII,II,ECG1); default MLII, else signal 0" };
    private readonly Option<string?> noiseCopies = new("--noise-copies") { Description = "With --beats Detected: add noise stress copies of every record (nst protocol, nstdb noise beside the data folder), e.g. ma:6 or ma:6,em:12" };

    /// <summary>Adds the options to a command.</summary>
    /// <param name="command">Command.</param>
    public void AddTo(Command command)
    {
        foreach (Option o in new Option[] { beats, artifacts, noiseCopies, noiseArtifactsOnly, lead })
            command.Options.Add(o);
    }

    /// <summary>The source the options name.</summary>
    /// <param name="parse">Parsed command line.</param>
    /// <exception cref="ArgumentException">A malformed noise copy, or artifacts / noise copies without detected beats.</exception>
    public BeatSource Read(ParseResult parse)
    {
        return new BeatSource(parse.GetValue(beats), parse.GetValue(artifacts), NoiseCopy.ParseList(parse.GetValue(noiseCopies)),
            parse.GetValue(noiseArtifactsOnly), parse.GetValue(lead));
    }
}
