using System.Linq.Expressions;

namespace Mensenhandel.Data;

public static class PagingExtensions
{
    /// <summary>
    /// <c>Skip(skip).Take(take)</c> with both numbers as SQL parameters, also when the query is nested in another one
    /// (<c>outer.Where(r =&gt; page.Contains(r.Id))</c>). EF Core parameterises a top-level Skip/Take, but inlines the
    /// numbers of a nested one as constants, which compiles and prepares a new query for every page number.
    /// </summary>
    public static IQueryable<T> Window<T>(this IQueryable<T> source, int skip, int take)
    {
        ArgumentNullException.ThrowIfNull(source);
        // A member of a constant object is what a captured variable looks like: EF makes it a parameter.
        var window = Expression.Constant(new Bounds(skip, take));
        var skipped = Expression.Call(typeof(Queryable), nameof(Queryable.Skip), [typeof(T)], source.Expression,
            Expression.Field(window, nameof(Bounds.Skip)));
        var taken = Expression.Call(typeof(Queryable), nameof(Queryable.Take), [typeof(T)], skipped,
            Expression.Field(window, nameof(Bounds.Take)));
        return source.Provider.CreateQuery<T>(taken);
    }

    private sealed class Bounds(int skip, int take)
    {
#pragma warning disable CA1051 // fields, as a compiler-generated closure has them
        public readonly int Skip = skip;
        public readonly int Take = take;
#pragma warning restore CA1051
    }
}
