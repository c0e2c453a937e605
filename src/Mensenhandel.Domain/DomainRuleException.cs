namespace Mensenhandel.Domain;

/// <summary>
/// A rule a user can break. The message is safe Dutch text for the user; pages turn it into a form error.
/// </summary>
public sealed class DomainRuleException : Exception
{
    public DomainRuleException(string message) : base(message) { }

    public DomainRuleException() { }

    public DomainRuleException(string message, Exception innerException) : base(message, innerException) { }
}
