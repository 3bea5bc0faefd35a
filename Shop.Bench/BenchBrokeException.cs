namespace Shop.Bench;

/// <summary>The benchmark could not measure what it should (a page not answering 200, a command failing): a failure, unlike a missed target.</summary>
public sealed class BenchBrokeException(string message) : Exception(message);
