package dev.chorus.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataInputStream;
import org.apache.hadoop.fs.Path;

/**
 * Files on any Hadoop file system (file://, hdfs://, s3a://), opened on the executors with the
 * driver's Hadoop configuration (credentials, endpoints), which travels with the task.
 */
public final class HadoopFiles implements FileSource {

  private static final long serialVersionUID = 1L;
  private transient Configuration conf;

  public HadoopFiles(Configuration conf) {
    this.conf = conf;
  }

  @Override
  public InputStream open(String path, long offset) throws IOException {
    Path p = new Path(path);
    FSDataInputStream in = p.getFileSystem(conf).open(p);
    if (offset > 0) {
      in.seek(offset);
    }
    return in;
  }

  private void writeObject(ObjectOutputStream out) throws IOException {
    out.defaultWriteObject();
    conf.write(out);
  }

  private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
    in.defaultReadObject();
    conf = new Configuration(false);
    conf.readFields(in);
  }
}
