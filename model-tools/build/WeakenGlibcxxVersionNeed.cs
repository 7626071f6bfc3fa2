// MSBuild inline task (RoslynCodeTaskFactory, Type="Class"), used by TorchSharpNativeFix.targets.
//
// TorchSharp 0.107.0's libLibTorchSharp.so was linked against GCC 13's libstdc++ and records a version need
// GLIBCXX_3.4.32, carried only by std::ios_base_library_init (a link-time marker, never called). Debian 12's
// libstdc++ stops at GLIBCXX_3.4.30, so dlopen fails. This task sets VER_FLG_WEAK (0x2) on that single
// Vernaux entry of .gnu.version_r, which turns the missing version into a non-fatal condition for ld.so.
// It edits the copy in the build output only (never the NuGet cache) and is idempotent.
using System;
using System.IO;
using System.Text;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

/// <summary>Marks one GLIBCXX version need of an ELF64 little-endian shared object as weak.</summary>
public sealed class WeakenGlibcxxVersionNeed : Task
{
    private const uint ShtGnuVerneed = 0x6ffffffe;
    private const ushort VerFlgWeak = 0x2;

    /// <summary>The shared object to patch in place.</summary>
    [Required]
    public string File { get; set; } = "";

    /// <summary>The version name whose need becomes weak, e.g. GLIBCXX_3.4.32.</summary>
    [Required]
    public string VersionName { get; set; } = "";

    /// <summary>Runs the task.</summary>
    public override bool Execute()
    {
        if (!System.IO.File.Exists(File))
        {
            Log.LogMessage(MessageImportance.Low, "WeakenGlibcxxVersionNeed: {0} not present, nothing to do", File);
            return true;
        }
        try
        {
            byte[] elf = System.IO.File.ReadAllBytes(File);
            string result = Patch(elf, VersionName);
            if (result == "patched")
            {
                System.IO.File.WriteAllBytes(File, elf);
            }
            Log.LogMessage(MessageImportance.High, "WeakenGlibcxxVersionNeed: {0}: {1} {2}", File, VersionName, result);
            return true;
        }
        catch (InvalidDataException e)
        {
            Log.LogError("WeakenGlibcxxVersionNeed: {0}: {1}", File, e.Message);
            return false;
        }
    }

    /// <summary>Patches the image in memory; returns "patched", "already weak" or "not needed".</summary>
    public static string Patch(byte[] elf, string versionName)
    {
        if (elf.Length < 64 || elf[0] != 0x7f || elf[1] != (byte)'E' || elf[2] != (byte)'L' || elf[3] != (byte)'F')
            throw new InvalidDataException("not an ELF file (bad magic at byte 0)");
        if (elf[4] != 2 || elf[5] != 1)
            throw new InvalidDataException("only ELF64 little-endian is supported (bytes 4..5)");
        long shoff = (long)BitConverter.ToUInt64(elf, 0x28);
        int shentsize = BitConverter.ToUInt16(elf, 0x3A);
        int shnum = BitConverter.ToUInt16(elf, 0x3C);
        if (shoff <= 0 || shoff + (long)shentsize * shnum > elf.Length)
            throw new InvalidDataException("section header table out of range (e_shoff at byte 0x28)");
        for (int i = 0; i < shnum; i++)
        {
            long sh = shoff + (long)i * shentsize;
            if (BitConverter.ToUInt32(elf, (int)sh + 4) != ShtGnuVerneed)
                continue;
            long offset = (long)BitConverter.ToUInt64(elf, (int)sh + 0x18);
            int link = (int)BitConverter.ToUInt32(elf, (int)sh + 0x28);
            int count = (int)BitConverter.ToUInt32(elf, (int)sh + 0x2C);
            long strSh = shoff + (long)link * shentsize;
            long strOffset = (long)BitConverter.ToUInt64(elf, (int)strSh + 0x18);
            long vn = offset;
            for (int n = 0; n < count; n++)
            {
                int auxCount = BitConverter.ToUInt16(elf, (int)vn + 2);
                long aux = vn + BitConverter.ToUInt32(elf, (int)vn + 8);
                for (int a = 0; a < auxCount; a++)
                {
                    long name = strOffset + BitConverter.ToUInt32(elf, (int)aux + 8);
                    if (ReadCString(elf, name) == versionName)
                    {
                        ushort flags = BitConverter.ToUInt16(elf, (int)aux + 4);
                        if ((flags & VerFlgWeak) != 0)
                            return "already weak";
                        flags |= VerFlgWeak;
                        elf[aux + 4] = (byte)flags;
                        elf[aux + 5] = (byte)(flags >> 8);
                        return "patched";
                    }
                    aux += BitConverter.ToUInt32(elf, (int)aux + 12);
                }
                vn += BitConverter.ToUInt32(elf, (int)vn + 12);
            }
        }
        return "not needed";
    }

    private static string ReadCString(byte[] data, long start)
    {
        long end = start;
        while (end < data.Length && data[end] != 0)
            end++;
        return Encoding.ASCII.GetString(data, (int)start, (int)(end - start));
    }
}
