package ui

import (
	"errors"
	"io"
	"log"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/storage/repository"

	"github.com/salesteamadvisor/salesteam/advisor/safefile"
)

// Every file the app writes (sessions, workbooks, autosaves) goes through
// safefile: a temporary file in the same folder, fsync, rename. A failed
// save leaves the file on disk as it was.

// writeFile is safefile.Write; tests replace it to make writes fail.
type writeFile func(path string, write func(io.Writer) error, opts safefile.Options) error

// chosenPath returns the path the user picked in a save dialog. It never
// writes to the dialog's writer: the app writes through safefile instead.
func chosenPath(w fyne.URIWriteCloser) (string, error) {
	defer w.Close() // a lazyWriter that was never written: it does nothing
	if w.URI().Scheme() != "file" {
		return "", errors.New("the app can only save to files on this computer; choose a folder there")
	}
	return w.URI().Path(), nil
}

// installLazyWriters makes writers for file URIs open their file at the
// first write rather than at once.
//
// Fyne's save dialog (dialog.NewFileSave) calls storage.Writer for the
// chosen file before it calls the app back, and the file repository opens
// that file with os.Create: an existing file is emptied before the app
// learns which file was chosen. Should the app's own save then fail (a
// read-only folder, a full disk), the user would be left with an empty
// file. The dialog has no mode that returns only the chosen URI, so the
// app registers, for the "file" scheme, a repository that wraps Fyne's and
// opens the file only when something is written to it: the dialog's
// writer is never written to (see chosenPath), so the file stays as it
// is until safefile replaces it whole. storage.Writer's other users get a
// file that appears at the first write instead of at Writer; the app has
// none. Registering a repository for a scheme is Fyne's documented way to
// change how its URIs are handled (storage/repository.Register).
func installLazyWriters() {
	repo, err := repository.ForScheme("file")
	if err != nil {
		log.Printf("file dialogs: %v", err)
		return
	}
	switch repo := repo.(type) {
	case lazyFiles:
		// already installed for this driver
	case fileRepository:
		repository.Register("file", lazyFiles{repo})
	default:
		log.Printf("file dialogs: the file repository %T cannot be wrapped; Save As may empty a file before saving it", repo)
	}
}

// fileRepository is what Fyne's file repository implements; the wrapper
// must offer all of it, since the dialogs ask for each part.
type fileRepository interface {
	repository.Repository
	repository.WritableRepository
	repository.AppendableRepository
	repository.HierarchicalRepository
	repository.ListableRepository
	repository.CopyableRepository
	repository.MovableRepository
	repository.DeleteAllRepository
}

// lazyFiles is Fyne's file repository with writers that open their file
// at the first write.
type lazyFiles struct{ fileRepository }

func (r lazyFiles) Writer(u fyne.URI) (fyne.URIWriteCloser, error) {
	return &lazyWriter{uri: u, open: r.fileRepository.Writer}, nil
}

// lazyWriter opens its file at the first Write; closed before any write,
// it leaves the file as it was.
type lazyWriter struct {
	uri  fyne.URI
	open func(fyne.URI) (fyne.URIWriteCloser, error)
	w    fyne.URIWriteCloser
}

func (l *lazyWriter) URI() fyne.URI { return l.uri }

func (l *lazyWriter) Write(p []byte) (int, error) {
	if l.w == nil {
		w, err := l.open(l.uri)
		if err != nil {
			return 0, err
		}
		l.w = w
	}
	return l.w.Write(p)
}

func (l *lazyWriter) Close() error {
	if l.w == nil {
		return nil
	}
	return l.w.Close()
}
