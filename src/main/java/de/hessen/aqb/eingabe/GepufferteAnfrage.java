package de.hessen.aqb.eingabe;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

/** A request whose body was read once (up to a limit) and can be read again by the engine's REST resources. */
final class GepufferteAnfrage extends HttpServletRequestWrapper {

  private final byte[] inhalt;
  private final boolean zuGross;

  GepufferteAnfrage(HttpServletRequest request, long grenze) throws IOException {
    super(request);
    ByteArrayOutputStream puffer = new ByteArrayOutputStream();
    boolean ueber = false;
    try (InputStream ein = request.getInputStream()) {
      byte[] block = new byte[64 * 1024];
      int n;
      while ((n = ein.read(block)) > 0) {
        puffer.write(block, 0, n);
        if (puffer.size() > grenze) {
          ueber = true;
          break;
        }
      }
    }
    this.inhalt = ueber ? new byte[0] : puffer.toByteArray();
    this.zuGross = ueber;
  }

  byte[] inhalt() {
    return inhalt;
  }

  boolean zuGross() {
    return zuGross;
  }

  @Override
  public ServletInputStream getInputStream() {
    ByteArrayInputStream quelle = new ByteArrayInputStream(inhalt);
    return new ServletInputStream() {
      @Override
      public int read() {
        return quelle.read();
      }

      @Override
      public int read(byte[] b, int off, int len) {
        return quelle.read(b, off, len);
      }

      @Override
      public boolean isFinished() {
        return quelle.available() == 0;
      }

      @Override
      public boolean isReady() {
        return true;
      }

      @Override
      public void setReadListener(ReadListener listener) {
        throw new UnsupportedOperationException();
      }
    };
  }

  @Override
  public BufferedReader getReader() {
    String zeichensatz = getCharacterEncoding() == null ? StandardCharsets.UTF_8.name() : getCharacterEncoding();
    return new BufferedReader(new InputStreamReader(getInputStream(), java.nio.charset.Charset.forName(zeichensatz)));
  }

  @Override
  public int getContentLength() {
    return inhalt.length;
  }

  @Override
  public long getContentLengthLong() {
    return inhalt.length;
  }
}
