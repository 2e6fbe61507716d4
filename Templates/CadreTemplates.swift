public import Foundation

/// Where the templates and message catalogs that ship with Cadre live once built.
///
/// `Templates/html` holds every page's template and partials; `Templates/locales` holds one
/// message catalog per language. SwiftPM copies both folders into the binary's resource
/// bundle, so pages render from any working directory.
public enum BuiltInTemplates {
    public static var folder: URL { Bundle.module.bundleURL }
    public static var html: URL { folder.appendingPathComponent("html", isDirectory: true) }
    public static var locales: URL { folder.appendingPathComponent("locales", isDirectory: true) }
}
