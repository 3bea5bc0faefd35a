namespace Shop.Web;

/// <summary>Marker for the one resource file set (Resources/SharedResource.*.resx) of all user-facing text.</summary>
public class SharedResource;
