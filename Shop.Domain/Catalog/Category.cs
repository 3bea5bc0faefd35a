namespace Shop.Domain.Catalog;

public class Category
{
    public const int NameMaxLength = 50;
    public const int DescriptionMaxLength = 500;

    private Category()
    {
        Name = "";
        Slug = "";
    }

    public Category(string name, string slug, string? description = null, int sortOrder = 0)
    {
        Name = "";
        Slug = "";
        Update(name, slug, description, sortOrder);
    }

    public int Id { get; private set; }
    public string Name { get; private set; }
    public string Slug { get; private set; }
    public string? Description { get; private set; }
    public int SortOrder { get; private set; }

    public void Update(string name, string slug, string? description, int sortOrder)
    {
        if (string.IsNullOrWhiteSpace(name) || name.Trim().Length > NameMaxLength)
        {
            throw new ArgumentException($"A category name is 1 to {NameMaxLength} characters.", nameof(name));
        }
        if (!Catalog.Slug.IsValid(slug))
        {
            throw new ArgumentException("A slug is lower-case letters and digits joined by hyphens.", nameof(slug));
        }
        if (description?.Trim().Length > DescriptionMaxLength)
        {
            throw new ArgumentException($"A description is at most {DescriptionMaxLength} characters.", nameof(description));
        }
        Name = name.Trim();
        Slug = slug;
        Description = string.IsNullOrWhiteSpace(description) ? null : description.Trim();
        SortOrder = sortOrder;
    }
}
