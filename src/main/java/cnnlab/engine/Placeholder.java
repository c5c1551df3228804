package cnnlab.engine;
final class Placeholder {}
