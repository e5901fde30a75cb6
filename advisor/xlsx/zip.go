package xlsx

import (
	"archive/zip"
	"compress/flate"
	"io"
	"sync"

	"github.com/xuri/excelize/v2"
)

// fastZip is the zip writer the workbook is saved with: it compresses the
// parts at flate.BestSpeed. Compression is the largest single cost of an
// export (BenchmarkWrite); at this level the file is about a fifth larger
// and takes about half the time to compress.
func fastZip(w io.Writer) excelize.ZipWriter {
	zw := zip.NewWriter(w)
	zw.RegisterCompressor(zip.Deflate, func(out io.Writer) (io.WriteCloser, error) {
		if fw, ok := flaters.Get().(*flate.Writer); ok {
			fw.Reset(out)
			return pooledFlater{fw}, nil
		}
		fw, err := flate.NewWriter(out, flate.BestSpeed)
		return pooledFlater{fw}, err
	})
	return zw
}

// flaters keeps compressors between the parts and workbooks: each holds
// several hundred kilobytes of state.
var flaters sync.Pool

type pooledFlater struct{ *flate.Writer }

func (p pooledFlater) Close() error {
	err := p.Writer.Close()
	flaters.Put(p.Writer)
	return err
}
