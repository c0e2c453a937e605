using System.Text;

namespace Mensenhandel.Data.ReferenceData;

/// <summary>A minimal RFC 4180 reader for the shipped reference files (quoted fields, doubled quotes).</summary>
internal static class Csv
{
    public static List<string[]> Parse(string text)
    {
        var rows = new List<string[]>();
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;

        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"') { field.Append('"'); i++; }
                else if (c == '"') quoted = false;
                else field.Append(c);
            }
            else if (c == '"') quoted = true;
            else if (c == ',') { fields.Add(field.ToString()); field.Clear(); }
            else if (c is '\n' or '\r')
            {
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n') i++;
                EndRow();
            }
            else field.Append(c);
        }
        EndRow();
        return rows;

        void EndRow()
        {
            if (fields.Count == 0 && field.Length == 0) return;
            fields.Add(field.ToString());
            field.Clear();
            rows.Add([.. fields]);
            fields.Clear();
        }
    }
}
