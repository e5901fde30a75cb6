package assets

// Version is the app's version, the one source of truth for the GUI, the
// command-line tool and the workbooks they write. It equals the Version in
// FyneApp.toml, which `fyne package` reads (a test keeps them equal).
const Version = "1.0.0"
