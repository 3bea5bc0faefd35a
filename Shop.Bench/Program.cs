using Shop.Bench;

// bench/run.sh builds and publishes, then runs this with the published shop (README: Performance).
try
{
    var options = BenchOptions.Parse(args);
    var report = await new BenchRun(options).RunAsync();
    Directory.CreateDirectory(Path.GetDirectoryName(options.OutputPath)!);
    await File.WriteAllTextAsync(options.OutputPath, report);
    Console.WriteLine(report);
    Console.WriteLine($"Written to {options.OutputPath}");
    return 0;
}
catch (BenchBrokeException e)
{
    Console.Error.WriteLine("The benchmark broke: " + e.Message);
    return 1;
}
