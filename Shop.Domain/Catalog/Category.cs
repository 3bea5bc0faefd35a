namespace Shop.Domain.Catalog;

public class Category
{
    /// <summary>The longest name, in characters, in each language.</summary>
    public const int NameMaxLength = 50;

    /// <summary>The longest description, in each language.</summary>
    public const int DescriptionMaxLength = 500;

    private Category()
    {
        Name = LocalizedText.Empty;
        Slug = "";
        Description = LocalizedText.Empty;
    }

    public Category(LocalizedText name, string slug, LocalizedText? description = null, int sortOrder = 0)
    {
        Name = LocalizedText.Empty;
        Slug = "";
        Description = LocalizedText.Empty;
        Update(name, slug, description ?? LocalizedText.Empty, sortOrder);
    }

    public int Id { get; private set; }

    /// <summary>The name in Chinese, English or both: never in neither.</summary>
    public LocalizedText Name { get; private set; }

    public string Slug { get; private set; }

    /// <summary>A line about the category, on the home page; may be empty.</summary>
    public LocalizedText Description { get; private set; }

    public int SortOrder { get; private set; }

    public void Update(LocalizedText name, string slug, LocalizedText description, int sortOrder)
    {
        if (name.IsEmpty || name.LongestLength > NameMaxLength)
        {
            throw new ArgumentException($"A category name is 1 to {NameMaxLength} characters in at least one language.", nameof(name));
        }
        if (!Catalog.Slug.IsValid(slug))
        {
            throw new ArgumentException("A slug is lower-case letters and digits joined by hyphens.", nameof(slug));
        }
        if (description.LongestLength > DescriptionMaxLength)
        {
            throw new ArgumentException($"A description is at most {DescriptionMaxLength} characters.", nameof(description));
        }
        Name = name;
        Slug = slug;
        Description = description;
        SortOrder = sortOrder;
    }

    /// <summary>Some text is written in one language and not the other: a translation to do.</summary>
    public bool IsMissingTextIn(Language language) => Name.IsMissingIn(language) || Description.IsMissingIn(language);
}
