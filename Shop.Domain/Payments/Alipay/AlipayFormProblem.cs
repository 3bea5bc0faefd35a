namespace Shop.Domain.Payments.Alipay;

/// <summary>Why a form was refused by <see cref="AlipayFormEncoding.Read(ReadOnlySpan{byte}, AlipayCharset, CancellationToken)"/>.</summary>
public enum AlipayFormProblem
{
    None,

    /// <summary>More than <see cref="AlipayFormEncoding.MaxParameters"/> parameters.</summary>
    TooManyParameters,

    /// <summary>A name given twice: Alipay never repeats one, and which value was signed could not be told.</summary>
    RepeatedName,
}
