namespace Shop.Domain.Payments.Alipay;

/// <summary>
/// A decoded form, or why it was refused. <see cref="ParameterCount"/> counts every non-empty
/// pair of the form, also those past a problem, so that a refused form can be described.
/// </summary>
public sealed record AlipayFormReadResult(
    IReadOnlyDictionary<string, string> Parameters, AlipayFormProblem Problem, int ParameterCount, string? RepeatedName)
{
    public bool IsRefused => Problem != AlipayFormProblem.None;

    /// <summary>Why the form was refused, in words for a log or an admin; empty when it was not.</summary>
    public string Describe() => Problem switch
    {
        AlipayFormProblem.TooManyParameters =>
            $"{ParameterCount} parameters, more than the {AlipayFormEncoding.MaxParameters} a form may have.",
        AlipayFormProblem.RepeatedName => $"The parameter '{Shortened(RepeatedName)}' is given more than once.",
        _ => "",
    };

    // A name comes from whoever sent the form: enough of it to recognise, never all of it.
    private static string? Shortened(string? name) => name is { Length: > 64 } ? name[..64] + "…" : name;
}
