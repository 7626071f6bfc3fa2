using System;

namespace EdgeEcg.Dsp.FixedPoint;

/// <summary>Validates the array + offset + count arguments that every block kernel in EdgeEcg.Dsp takes.</summary>
internal static class BlockArguments
{
    /// <summary>Throws unless <c>array[offset .. offset + count)</c> is a valid range.</summary>
    /// <param name="array">The array.</param>
    /// <param name="offset">First index.</param>
    /// <param name="count">Number of elements.</param>
    /// <param name="arrayName">Parameter name of the array, for the exception.</param>
    public static void CheckRange(Array array, int offset, int count, string arrayName)
    {
        if (array == null)
        {
            throw new ArgumentNullException(arrayName);
        }

        if (count < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(count), "count must not be negative.");
        }

        if (offset < 0 || offset > array.Length - count)
        {
            throw new ArgumentOutOfRangeException(
                arrayName, "offset " + offset + " + count " + count + " exceeds the array length " + array.Length + ".");
        }
    }
}
