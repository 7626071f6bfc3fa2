using System.IO;

namespace EdgeEcg.Ads1292r;

/// <summary>The front end is absent, is the wrong chip, or does not hold the configuration written to it.</summary>
public sealed class Ads1292rException : IOException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="fault">What went wrong.</param>
    /// <param name="message">A message naming the fault and what to check.</param>
    public Ads1292rException(Ads1292rFault fault, string message)
        : base(message)
    {
        Fault = fault;
    }

    /// <summary>What went wrong.</summary>
    public Ads1292rFault Fault { get; }
}
