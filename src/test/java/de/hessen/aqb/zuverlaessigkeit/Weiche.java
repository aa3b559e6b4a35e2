package de.hessen.aqb.zuverlaessigkeit;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A TCP proxy in front of the database for outage tests: {@link #trenne()} drops every open connection and refuses new
 * ones (as a crashed or restarting PostgreSQL would), {@link #verbinde()} lets them through again. The machine's
 * PostgreSQL itself is never touched.
 */
final class Weiche implements AutoCloseable {

  private final ServerSocket server;
  private final int zielPort;
  private final List<Socket> offen = new CopyOnWriteArrayList<>();
  private volatile boolean getrennt;

  Weiche(int zielPort) throws IOException {
    this.zielPort = zielPort;
    this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    Thread annahme = new Thread(this::nimmAn, "weiche-annahme");
    annahme.setDaemon(true);
    annahme.start();
  }

  int port() {
    return server.getLocalPort();
  }

  void trenne() {
    getrennt = true;
    for (Socket s : offen) {
      schliesse(s);
    }
    offen.clear();
  }

  void verbinde() {
    getrennt = false;
  }

  private void nimmAn() {
    while (!server.isClosed()) {
      try {
        Socket client = server.accept();
        if (getrennt) {
          schliesse(client);
          continue;
        }
        Socket ziel = new Socket(InetAddress.getLoopbackAddress(), zielPort);
        offen.add(client);
        offen.add(ziel);
        pumpe(client, ziel);
        pumpe(ziel, client);
      } catch (IOException e) {
        // server closed, or the target refused: the client sees a dropped connection
      }
    }
  }

  private void pumpe(Socket von, Socket nach) {
    Thread t = new Thread(() -> {
      byte[] puffer = new byte[16 * 1024];
      try (InputStream in = von.getInputStream(); OutputStream out = nach.getOutputStream()) {
        int n;
        while ((n = in.read(puffer)) >= 0) {
          out.write(puffer, 0, n);
          out.flush();
        }
      } catch (IOException e) {
        // dropped
      } finally {
        schliesse(von);
        schliesse(nach);
      }
    }, "weiche-pumpe");
    t.setDaemon(true);
    t.start();
  }

  private static void schliesse(Socket s) {
    try {
      s.close();
    } catch (IOException e) {
      // already closed
    }
  }

  @Override
  public void close() throws IOException {
    trenne();
    server.close();
  }
}
