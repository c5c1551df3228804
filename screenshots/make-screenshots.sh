#!/bin/sh
# Redraws the README's screenshots with the render command (no display needed).
# Run from the project folder after `mvn -q package -DskipTests`.
set -e
render() { java -jar target/cnn-lab.jar render "$@"; }
render lessons/03-diagonal-detector.json --step 3 --time 6.23 --out screenshots/convolution.png
render lessons/03-diagonal-detector.json --step 3 --time 6.23 --lang zh --out screenshots/convolution-zh.png
render lessons/03-diagonal-detector.json --step 9 --time 5 --out screenshots/pooling.png
render lessons/03-diagonal-detector.json --step 5 --out screenshots/quiz.png
render screenshots/stages.json --step 1 --time 3.6 --out screenshots/padding-stride.png
render screenshots/stages.json --step 2 --out screenshots/receptive-field.png
render screenshots/stages.json --step 3 --out screenshots/network.png
render lessons/03-diagonal-detector.json --step 3 --gif screenshots/sliding.gif --width 900 --height 620
