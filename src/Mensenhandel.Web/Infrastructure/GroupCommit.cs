using System.Threading.Channels;
using Microsoft.EntityFrameworkCore;

namespace Mensenhandel.Web.Infrastructure;

/// <summary>
/// Group commit: callers queue an item and wait; one writer per instance takes everything queued (up to the
/// batch size) and stores it in one transaction (<see cref="StoreAsync"/>), so the database pays one commit per
/// batch instead of one per request. The awaited call returns only after the commit that holds its item, and
/// throws when that commit fails. When the database refuses a batch (<see cref="DbUpdateException"/>), its items
/// are stored one by one, so one item that cannot be stored fails only its own caller.
/// </summary>
public abstract class GroupCommit<TItem, TResult> : IAsyncDisposable
{
    private readonly int _maxBatchSize;
    private readonly ILogger _logger;
    private readonly Channel<Pending> _queue = Channel.CreateUnbounded<Pending>(new UnboundedChannelOptions { SingleReader = true });
    private readonly Task _writer;

    /// <summary>An item waiting to be stored, and its caller's answer.</summary>
    public sealed class Pending(TItem item)
    {
        public TItem Item { get; } = item;

        // Asynchronous continuations: the writer must not run the callers' requests on its own loop.
        public TaskCompletionSource<TResult> Stored { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }

    protected GroupCommit(int maxBatchSize, ILogger logger)
    {
        _maxBatchSize = maxBatchSize;
        _logger = logger;
        _writer = Task.Run(WriteQueuedAsync);
    }

    /// <summary>Completes once the item is committed; faults when it could not be stored.</summary>
    protected Task<TResult> EnqueueAsync(TItem item)
    {
        var pending = new Pending(item);
        if (!_queue.Writer.TryWrite(pending))
            throw new ObjectDisposedException(GetType().Name, "The portal is shutting down; nothing was stored.");
        return pending.Stored.Task;
    }

    /// <summary>
    /// Stores the batch in one transaction and returns, for each item stored, its caller's answer (given only
    /// after the commit). An item this method answers itself (with an exception) is left out.
    /// </summary>
    protected abstract Task<IReadOnlyList<(Pending Pending, TResult Result)>> StoreAsync(IReadOnlyList<Pending> batch);

    /// <summary>Runs after the callers of a stored batch have their answers (log lines that are no part of the guarantee).</summary>
    protected virtual void AfterAnswering(IReadOnlyList<Pending> batch)
    {
    }

    /// <summary>Stops taking items, stores the ones already queued and waits for the writer to finish.</summary>
    public async ValueTask DisposeAsync()
    {
        _queue.Writer.TryComplete();
        await _writer;
        GC.SuppressFinalize(this);
    }

    private async Task WriteQueuedAsync()
    {
        var batch = new List<Pending>(_maxBatchSize);
        while (await _queue.Reader.WaitToReadAsync())
        {
            while (batch.Count < _maxBatchSize && _queue.Reader.TryRead(out var pending)) batch.Add(pending);
            try
            {
                await WriteBatchAsync(batch);
            }
            catch (Exception ex)
            {
                // Never reached by a database failure (WriteBatchAsync hands those to the callers); the writer
                // keeps running and nobody is left waiting.
                _logger.LogError(ex, "Group commit failed on a batch of {Count}", batch.Count);
                foreach (var pending in batch) pending.Stored.TrySetException(ex);
            }
            batch.Clear();
        }
    }

    /// <summary>Stores the batch in one transaction, or each item alone when the database refuses one of them.</summary>
    internal async Task WriteBatchAsync(IReadOnlyList<Pending> batch)
    {
        IReadOnlyList<(Pending Pending, TResult Result)> stored;
        try
        {
            stored = await StoreAsync(batch);
        }
        catch (DbUpdateException) when (batch.Count > 1)
        {
            // The database refused a row (not a lost connection, which the execution strategy retries and then
            // reports differently): find it by storing the items alone, so only its own caller fails.
            foreach (var pending in batch) await WriteBatchAsync([pending]);
            return;
        }
        catch (Exception ex)
        {
            _logger.LogError(ex, "Batch of {Count} not stored", batch.Count);
            foreach (var pending in batch) pending.Stored.TrySetException(ex);
            return;
        }
        foreach (var (pending, result) in stored) pending.Stored.TrySetResult(result);
        AfterAnswering(batch);
    }
}
