package xlsx

import (
	"archive/zip"
	"bytes"
	"errors"
	"hash/crc32"
	"io"
	"io/fs"

	"github.com/klauspost/compress/flate"
	"github.com/xuri/excelize/v2"
)

// fastZip is the zip writer the workbook is saved with. Compression is the
// largest single cost of an export (BenchmarkWrite), so each part is
// compressed at flate.BestSpeed (about a fifth larger and half the time of
// the default) in a goroutine of its own while excelize hands over the
// next, and the parts are written in order, already compressed, when the
// file closes: on two cores the sheets compress side by side. The deflate
// is github.com/klauspost/compress/flate, a drop-in for compress/flate
// whose BestSpeed takes about a third of the standard library's time on
// these parts for the same size (86,028 against 85,963 bytes for the
// first example's parts, 1.5 against 4.0 ms).
func fastZip(w io.Writer) excelize.ZipWriter {
	return &parallelZip{zw: zip.NewWriter(w)}
}

type parallelZip struct {
	zw    *zip.Writer
	parts []*zipPart
	cur   *zipPart // the part being written, not yet compressing
}

// zipPart is one file of the zip: its data as written, then compressed.
type zipPart struct {
	name       string
	data       *bytes.Buffer
	compressed *bytes.Buffer
	crc        uint32
	err        error
	done       chan struct{}
}

func (z *parallelZip) Create(name string) (io.Writer, error) {
	z.start()
	p := &zipPart{name: name, done: make(chan struct{}), data: getBuffer(), compressed: getBuffer()}
	z.parts = append(z.parts, p)
	z.cur = p
	return p.data, nil
}

// start compresses the part written last.
func (z *parallelZip) start() {
	if p := z.cur; p != nil {
		z.cur = nil
		go p.compress()
	}
}

func (p *zipPart) compress() {
	defer close(p.done)
	p.crc = crc32.ChecksumIEEE(p.data.Bytes())
	p.compressed.Grow(p.data.Len()/4 + 512) // XML compresses about fivefold
	var fw *flate.Writer
	select {
	case fw = <-flaters:
		fw.Reset(p.compressed)
	default:
		fw, p.err = flate.NewWriter(p.compressed, flate.BestSpeed)
		if p.err != nil {
			return
		}
	}
	if _, p.err = fw.Write(p.data.Bytes()); p.err == nil {
		p.err = fw.Close()
	}
	select {
	case flaters <- fw:
	default:
	}
}

// AddFS is not used by excelize's writer.
func (z *parallelZip) AddFS(fs.FS) error { return errors.New("xlsx: AddFS is not supported") }

// Close writes every part, in the order excelize created them, and the
// zip's directory.
func (z *parallelZip) Close() error {
	z.start()
	var first error
	for _, p := range z.parts {
		<-p.done
		if first != nil {
			continue
		}
		if first = p.err; first != nil {
			continue
		}
		w, err := z.zw.CreateRaw(&zip.FileHeader{Name: p.name, Method: zip.Deflate, CRC32: p.crc,
			CompressedSize64: uint64(p.compressed.Len()), UncompressedSize64: uint64(p.data.Len())})
		if err == nil {
			_, err = w.Write(p.compressed.Bytes())
		}
		first = err
	}
	if err := z.zw.Close(); first == nil {
		first = err
	}
	for _, p := range z.parts {
		putBuffer(p.data)
		putBuffer(p.compressed)
		p.data, p.compressed = nil, nil
	}
	z.parts = nil
	return first
}

// flaters keeps a few compressors between the parts and the workbooks:
// each holds over half a megabyte of tables, which a sync.Pool would give
// back to the garbage collector after every export or two.
var flaters = make(chan *flate.Writer, 8)

// buffers keeps the parts' buffers between workbooks, so that a batch does
// not grow (and clear) a megabyte of fresh buffers for every workbook; a
// buffer grown unusually large is left to the garbage collector.
var buffers = make(chan *bytes.Buffer, 64)

const maxPooledBuffer = 4 << 20

func getBuffer() *bytes.Buffer {
	select {
	case b := <-buffers:
		return b
	default:
		return new(bytes.Buffer)
	}
}

func putBuffer(b *bytes.Buffer) {
	if b == nil || b.Cap() > maxPooledBuffer {
		return
	}
	b.Reset()
	select {
	case buffers <- b:
	default:
	}
}
