import { mount } from 'svelte'
import '@fontsource-variable/source-serif-4'
import '@fontsource-variable/inter'
import '@fontsource-variable/noto-naskh-arabic'
import '@fontsource-variable/noto-serif-hebrew'
import './styles/app.css'
import App from './App.svelte'

mount(App, { target: document.getElementById('app')! })
