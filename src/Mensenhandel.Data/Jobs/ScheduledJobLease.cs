namespace Mensenhandel.Data.Jobs;

/// <summary>
/// Which slot of a scheduled job's schedule was last claimed, by which instance, and until when that instance
/// holds it: one row per job, shared by every instance on the database. An instance runs the job only after
/// a compare-and-set UPDATE moved <see cref="Slot"/> to the current slot (or took over a dead holder's slot
/// whose lease passed); exactly one of several concurrent UPDATEs matches. While the job runs the holder keeps
/// extending <see cref="LeaseUntil"/>. Times are UTC <see cref="DateTime"/>s because SQLite cannot compare
/// DateTimeOffsets.
/// </summary>
public sealed class ScheduledJobLease
{
    private ScheduledJobLease() { }

    /// <summary>A job seen for the first time: its "last slot" lies in the past and is finished.</summary>
    public ScheduledJobLease(string jobName)
    {
        JobName = jobName;
        Slot = DateTime.UnixEpoch;
        ClaimedAt = DateTime.UnixEpoch;
        LeaseUntil = DateTime.UnixEpoch;
        FinishedAt = DateTime.UnixEpoch;
    }

    public string JobName { get; private set; } = "";

    /// <summary>The start of the last claimed slot (UTC, a whole number of intervals since the Unix epoch).</summary>
    public DateTime Slot { get; private set; }

    /// <summary>The instance that holds (or last held) the slot.</summary>
    public Guid? ClaimedBy { get; private set; }

    public DateTime ClaimedAt { get; private set; }
    public DateTime LeaseUntil { get; private set; }

    /// <summary>How often the current slot was claimed: 2 or more means an instance took over a dead holder's run.</summary>
    public int Attempts { get; private set; }

    /// <summary>Null while the slot's run is in progress (or its holder died).</summary>
    public DateTime? FinishedAt { get; private set; }
    public bool? Succeeded { get; private set; }

    /// <summary>The kind of the last failure (an exception type), never a message that could echo data.</summary>
    public string? LastError { get; private set; }
}
