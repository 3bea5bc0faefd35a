using System.Diagnostics;
using System.Runtime.InteropServices;

namespace Shop.Bench;

/// <summary>The machine the figures come from, as /proc and the OS describe it.</summary>
public sealed record MachineDescription(string Cpu, int Cores, string Memory, string System, string DotNet, string LoadAverage)
{
    public static MachineDescription Read()
    {
        var cpu = File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':', 2)[1].Trim() ?? "unknown";
        var memoryKb = File.ReadLines("/proc/meminfo").First(l => l.StartsWith("MemTotal:", StringComparison.Ordinal))
            .Split(' ', StringSplitOptions.RemoveEmptyEntries)[1];
        var system = File.Exists("/etc/os-release")
            ? File.ReadLines("/etc/os-release").FirstOrDefault(l => l.StartsWith("PRETTY_NAME=", StringComparison.Ordinal))?.Split('=', 2)[1].Trim('"') ?? RuntimeInformation.OSDescription
            : RuntimeInformation.OSDescription;
        return new MachineDescription(
            cpu,
            Environment.ProcessorCount,
            $"{long.Parse(memoryKb, global::System.Globalization.CultureInfo.InvariantCulture) / 1024.0 / 1024.0:0.0} GB",
            $"{system}, Linux {File.ReadAllText("/proc/sys/kernel/osrelease").Trim()}",
            $"{RuntimeInformation.FrameworkDescription}, SDK {Sdk()}",
            string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)));
    }

    private static string Sdk()
    {
        try
        {
            using var process = Process.Start(new ProcessStartInfo("dotnet", "--version") { RedirectStandardOutput = true })!;
            var version = process.StandardOutput.ReadToEnd().Trim();
            process.WaitForExit();
            return version;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return "unknown";
        }
    }
}
