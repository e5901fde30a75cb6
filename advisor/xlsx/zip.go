package xlsx

import (
	"archive/zip"
	"compress/flate"
	"io"

	"github.com/xuri/excelize/v2"
)

// fastZip is the zip writer the workbook is saved with: it compresses the
// parts at flate.BestSpeed. Compression is the largest single cost of an
// export (BenchmarkWrite); at this level the file is about a fifth larger
// and takes about half the time to compress.
func fastZip(w io.Writer) excelize.ZipWriter {
	zw := zip.NewWriter(w)
	zw.RegisterCompressor(zip.Deflate, func(out io.Writer) (io.WriteCloser, error) {
		select {
		case fw := <-flaters:
			fw.Reset(out)
			return pooledFlater{fw}, nil
		default:
			fw, err := flate.NewWriter(out, flate.BestSpeed)
			return pooledFlater{fw}, err
		}
	})
	return zw
}

// flaters keeps a few compressors between the parts and the workbooks:
// each holds over half a megabyte of tables, which a sync.Pool would give
// back to the garbage collector after every export or two.
var flaters = make(chan *flate.Writer, 2)

type pooledFlater struct{ *flate.Writer }

func (p pooledFlater) Close() error {
	err := p.Writer.Close()
	select {
	case flaters <- p.Writer:
	default:
	}
	return err
}
