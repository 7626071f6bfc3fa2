using System;
using System.Threading;
using EdgeEcg.Device.Acquisition;
using Xunit;

namespace EdgeEcg.Device.Tests.Acquisition;

public class SpscRingTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(100)]
    public void Constructor_RejectsNonPowerOfTwo(int capacity) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new SpscRing<int>(capacity));

    [Fact]
    public void FillsToCapacity_ThenRefuses_ThenDrainsInOrder()
    {
        var ring = new SpscRing<int>(4);
        for (int i = 0; i < 4; i++)
        {
            Assert.True(ring.TryWrite(i));
        }

        Assert.False(ring.TryWrite(99));
        Assert.Equal(4, ring.Count);
        for (int i = 0; i < 4; i++)
        {
            Assert.True(ring.TryRead(out int v));
            Assert.Equal(i, v);
        }

        Assert.False(ring.TryRead(out _));
    }

    [Fact]
    public void ConcurrentProducerAndConsumer_DeliverEveryItemOnceInOrder()
    {
        const int n = 200_000;
        var ring = new SpscRing<long>(1024);
        var producer = new Thread(() =>
        {
            for (long i = 0; i < n; i++)
            {
                while (!ring.TryWrite(i))
                {
                    Thread.Yield();
                }
            }
        });
        producer.Start();
        long expected = 0;
        while (expected < n)
        {
            if (ring.TryRead(out long v))
            {
                Assert.Equal(expected, v);
                expected++;
            }
        }

        producer.Join();
        Assert.Equal(0, ring.Count);
    }
}
