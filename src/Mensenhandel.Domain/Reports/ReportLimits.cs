namespace Mensenhandel.Domain.Reports;

/// <summary>Maximum lengths of the free-text fields of a melding, shared by the form and the database.</summary>
public static class ReportLimits
{
    public const int Description = 4000;
    public const int OtherSignals = 500;
    public const int PlaceDescription = 200;
    public const int Nationality = 80;
    public const int Languages = 200;
    public const int Name = 100;
    public const int Organisation = 120;
    public const int Phone = 20;
    public const int Email = 254;
}
