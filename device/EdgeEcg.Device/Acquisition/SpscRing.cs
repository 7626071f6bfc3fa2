using System;
using System.Threading;

namespace EdgeEcg.Device.Acquisition;

/// <summary>
/// A lock-free single-producer/single-consumer ring buffer of value types, allocation-free after construction.
/// </summary>
/// <remarks>
/// One thread may call <see cref="TryWrite"/> and one (other) thread <see cref="TryRead"/>. The producer
/// publishes the slot with a release write of the tail; the consumer frees it with a release write of the head.
/// Head and tail count forever (64-bit), so full and empty are told apart without a spare slot.
/// </remarks>
/// <typeparam name="T">The element type.</typeparam>
public sealed class SpscRing<T>
    where T : struct
{
    private readonly T[] _items;
    private readonly long _mask;
    private long _head;
    private long _tail;

    /// <summary>Creates a ring.</summary>
    /// <param name="capacity">Capacity, a power of two ≥ 2.</param>
    public SpscRing(int capacity)
    {
        if (capacity < 2 || (capacity & (capacity - 1)) != 0)
        {
            throw new ArgumentOutOfRangeException(nameof(capacity), capacity, "capacity must be a power of two ≥ 2");
        }

        _items = new T[capacity];
        _mask = capacity - 1;
    }

    /// <summary>Capacity in elements.</summary>
    public int Capacity => _items.Length;

    /// <summary>Elements currently stored (a snapshot).</summary>
    public int Count => (int)(Volatile.Read(ref _tail) - Volatile.Read(ref _head));

    /// <summary>Producer: appends an element unless the ring is full.</summary>
    /// <param name="item">The element.</param>
    /// <returns>False when full (nothing written).</returns>
    public bool TryWrite(in T item)
    {
        long tail = _tail;
        if (tail - Volatile.Read(ref _head) == _items.Length)
        {
            return false;
        }

        _items[tail & _mask] = item;
        Volatile.Write(ref _tail, tail + 1);
        return true;
    }

    /// <summary>Consumer: removes the oldest element unless the ring is empty.</summary>
    /// <param name="item">The element.</param>
    /// <returns>False when empty.</returns>
    public bool TryRead(out T item)
    {
        long head = _head;
        if (head == Volatile.Read(ref _tail))
        {
            item = default;
            return false;
        }

        item = _items[head & _mask];
        Volatile.Write(ref _head, head + 1);
        return true;
    }
}
