package de.hessen.aqb.plattform;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/** Passes a successful response through; buffers the body of an error response (status ≥ 400) for rewriting. */
final class FehlerPuffer extends HttpServletResponseWrapper {

  private final ByteArrayOutputStream puffer = new ByteArrayOutputStream();
  private Boolean puffern;
  private ServletOutputStream strom;
  private PrintWriter schreiber;

  FehlerPuffer(HttpServletResponse response) {
    super(response);
  }

  boolean puffert() {
    if (puffern == null) {
      puffern = getStatus() >= 400; // nothing written: decide now
    }
    return puffern;
  }

  byte[] inhalt() {
    if (schreiber != null) {
      schreiber.flush();
    }
    return puffer.toByteArray();
  }

  private boolean entscheide() {
    if (puffern == null) {
      puffern = getStatus() >= 400;
    }
    return puffern;
  }

  @Override
  public void sendError(int sc, String msg) {
    puffern = true;
    setStatus(sc);
  }

  @Override
  public void sendError(int sc) {
    puffern = true;
    setStatus(sc);
  }

  @Override
  public void setContentLength(int len) {
    if (!entscheideOhneFestlegen()) {
      super.setContentLength(len);
    }
  }

  @Override
  public void setContentLengthLong(long len) {
    if (!entscheideOhneFestlegen()) {
      super.setContentLengthLong(len);
    }
  }

  @Override
  public void setHeader(String name, String value) {
    if (!"Content-Length".equalsIgnoreCase(name) || !entscheideOhneFestlegen()) {
      super.setHeader(name, value);
    }
  }

  private boolean entscheideOhneFestlegen() {
    return puffern != null ? puffern : getStatus() >= 400;
  }

  @Override
  public void flushBuffer() throws IOException {
    if (!entscheide()) {
      super.flushBuffer();
    }
  }

  @Override
  public ServletOutputStream getOutputStream() throws IOException {
    if (!entscheide()) {
      return super.getOutputStream();
    }
    if (strom == null) {
      strom = new ServletOutputStream() {
        @Override
        public boolean isReady() {
          return true;
        }

        @Override
        public void setWriteListener(WriteListener listener) {}

        @Override
        public void write(int b) {
          puffer.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) {
          puffer.write(b, off, len);
        }
      };
    }
    return strom;
  }

  @Override
  public PrintWriter getWriter() throws IOException {
    if (!entscheide()) {
      return super.getWriter();
    }
    if (schreiber == null) {
      schreiber = new PrintWriter(new OutputStreamWriter(getOutputStream(), StandardCharsets.UTF_8));
    }
    return schreiber;
  }
}
