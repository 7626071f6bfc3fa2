namespace EdgeEcg.Ads1292r.Simulation;

/// <summary>Decodes the MOSI bytes of one CS-low transaction (opcode, RREG/WREG count and data, RDATA payload).</summary>
internal struct TransactionDecoder
{
    private State _state;
    private int _address;
    private int _remaining;
    private int _rdataPosition;

    private enum State
    {
        Opcode,
        ReadCount,
        WriteCount,
        ReadData,
        WriteData,
        ReadDataCommand,
        Ignore,
    }

    /// <summary>Consumes one MOSI byte and returns the MISO byte the command itself produces (0 if none).</summary>
    public byte Step(SimulatedChip chip, byte mosi, bool bytesSpacedEnough)
    {
        switch (_state)
        {
            case State.Opcode:
                return Opcode(chip, mosi);
            case State.ReadCount:
            case State.WriteCount:
                if (!bytesSpacedEnough)
                {
                    chip.Statistics.DecodeTimeViolations++;
                    _state = State.Ignore;
                    return 0;
                }

                _remaining = (mosi & 0x1F) + 1;
                _state = _state == State.ReadCount ? State.ReadData : State.WriteData;
                return 0;
            case State.ReadData:
                byte value = chip.Registers.Read(_address++);
                _state = --_remaining == 0 ? State.Opcode : State.ReadData;
                return value;
            case State.WriteData:
                chip.Registers.Write(_address++, mosi);
                _state = --_remaining == 0 ? State.Opcode : State.WriteData;
                return 0;
            case State.ReadDataCommand:
                return chip.FrameByte(_rdataPosition++);
            default:
                return 0;
        }
    }

    private byte Opcode(SimulatedChip chip, byte opcode)
    {
        chip.Statistics.Opcodes[opcode]++;
        int group = opcode & 0xE0;
        if (group is 0x20 or 0x40)
        {
            if (chip.ContinuousRead)
            {
                chip.Statistics.IgnoredRegisterCommands++;
                _state = State.Ignore;
                return 0;
            }

            _address = opcode & 0x1F;
            _state = group == 0x20 ? State.ReadCount : State.WriteCount;
            return 0;
        }

        if (opcode == (byte)Command.ReadData && !chip.ContinuousRead)
        {
            chip.MarkFrameRead();
            _state = State.ReadDataCommand;
            return 0;
        }

        chip.Execute(opcode);
        return 0;
    }
}
